//! A one-hash Bloom filter over bigram keys: the body text's bigrams are looked up against a few
//! hundred headline bigrams, and nearly all of them are not among those. A bit test turns them
//! away before a hash-map probe or a binary search.

/// Which keys may be in a set: never wrong for a key that was inserted, seldom right for others.
pub(super) struct KeyFilter {
    bits: Vec<u64>,
    /// `64 - log2(bit count)`: a key's hash shifted right by it picks its bit.
    shift: u32,
}

impl KeyFilter {
    /// A filter of `2^log2_bits` bits (at least 64), for about `2^log2_bits / 32` keys.
    pub(super) fn new(log2_bits: u32) -> Self {
        let log2_bits = log2_bits.max(6);
        KeyFilter { bits: vec![0; 1 << (log2_bits - 6)], shift: 64 - log2_bits }
    }

    fn bit(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    pub(super) fn insert(&mut self, key: u64) {
        let b = self.bit(key);
        self.bits[b / 64] |= 1 << (b % 64);
    }

    /// False only for keys never inserted.
    pub(super) fn may_contain(&self, key: u64) -> bool {
        let b = self.bit(key);
        self.bits[b / 64] & (1 << (b % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserted_keys_are_always_found_and_most_others_not() {
        let mut filter = KeyFilter::new(16);
        let keys: Vec<u64> = (0..2000u64).map(|i| (0x4e00 + i) << 21 | (0x5e00 + i * 7)).collect();
        for &k in &keys {
            filter.insert(k);
        }
        assert!(keys.iter().all(|&k| filter.may_contain(k)));
        let others = (0..10_000u64).map(|i| (0x6e00 + i) << 21 | 0x4e01).filter(|&k| filter.may_contain(k)).count();
        assert!(others < 1_000, "{others} of 10000 let through");
        // The smallest filter still holds what it was given.
        let mut small = KeyFilter::new(0);
        small.insert(7);
        assert!(small.may_contain(7));
    }
}
