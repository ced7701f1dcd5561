//! A set of characters as bits over the Basic Multilingual Plane: which characters open an
//! issue term. Tagging asks it at every character (forced terms) or token (other terms), and
//! nearly every answer is no, which a bit test gives without hashing.

/// Characters, as bits for the BMP; any character beyond it is let through (`may_hold`).
#[derive(Debug, Clone, Default)]
pub(super) struct CharSet {
    /// 2^16 bits once anything is inserted, empty before.
    bmp: Vec<u64>,
    beyond_bmp: bool,
}

impl CharSet {
    pub(super) fn insert(&mut self, c: char) {
        let c = c as usize;
        if c >= 1 << 16 {
            self.beyond_bmp = true;
            return;
        }
        if self.bmp.is_empty() {
            self.bmp = vec![0; (1 << 16) / 64];
        }
        self.bmp[c / 64] |= 1 << (c % 64);
    }

    /// False only for characters never inserted.
    pub(super) fn may_hold(&self, c: char) -> bool {
        let c = c as usize;
        if c >= 1 << 16 {
            return self.beyond_bmp;
        }
        self.bmp.get(c / 64).is_some_and(|bits| bits & (1 << (c % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_was_inserted_and_nothing_else_in_the_bmp() {
        let mut set = CharSet::default();
        assert!(!set.may_hold('双') && !set.may_hold('𠀀'));
        for c in ['双', 'a', '\u{ffff}', '\0'] {
            set.insert(c);
        }
        for c in ['双', 'a', '\u{ffff}', '\0'] {
            assert!(set.may_hold(c), "{c}");
        }
        assert!(!set.may_hold('招') && !set.may_hold('b') && !set.may_hold('𠀀'));
        set.insert('𠀁');
        assert!(set.may_hold('𠀁') && set.may_hold('𠀀'), "beyond the BMP: let through");
    }
}
