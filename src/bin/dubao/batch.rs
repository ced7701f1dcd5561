//! Many issues at once: folders expanded to their text files, files analysed on `--jobs` threads
//! (one analyzer each), results handed back in file order as soon as they are ready, so memory
//! holds only the files finished out of order, and a progress line on a terminal.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Files named on the command line, folders replaced by their `.txt` files (sorted, not recursive).
pub fn expand(paths: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
                .collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Runs `work(state, file)` for every file on `jobs` threads, each thread with its own state from
/// `start`, and hands each result to `done` in file order.
pub fn run_in_order<S, R: Send>(
    files: &[PathBuf],
    jobs: usize,
    start: impl Fn() -> io::Result<S> + Sync,
    work: impl Fn(&mut S, &Path) -> io::Result<R> + Sync,
    mut done: impl FnMut(&Path, R) -> io::Result<()>,
) -> io::Result<()> {
    let jobs = jobs.clamp(1, files.len().max(1));
    let next = AtomicUsize::new(0);
    let progress = io::stderr().is_terminal() && files.len() > 1;
    let (sender, receiver) = mpsc::sync_channel::<(usize, io::Result<R>)>(jobs * 2);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let sender = sender.clone();
            let (next, start, work) = (&next, &start, &work);
            scope.spawn(move || {
                let mut state = match start() {
                    Ok(state) => state,
                    Err(err) => {
                        let _ = sender.send((usize::MAX, Err(err)));
                        return;
                    }
                };
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= files.len() || sender.send((i, work(&mut state, &files[i]))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(sender);
        let mut waiting: BTreeMap<usize, io::Result<R>> = BTreeMap::new();
        let mut written = 0;
        for (i, result) in receiver.iter() {
            if i == usize::MAX {
                return result.map(|_| ());
            }
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&written) {
                let file = &files[written];
                let value = result.map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", file.display())))?;
                done(file, value)?;
                written += 1;
                if progress {
                    eprint!("\r[{written}/{}] {}\x1b[K", files.len(), file.display());
                }
            }
        }
        if progress {
            eprintln!();
        }
        let _ = io::stderr().flush();
        Ok(())
    })
}

/// Threads to use when `--jobs` is not given: the machine's cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
