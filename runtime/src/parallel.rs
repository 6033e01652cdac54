//! Work over a list of items on every core: the items are taken in order by as many threads
//! as there are cores, each item dropped as soon as its work is done.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// Runs `work(index, item)` for every item on every core and returns the results in item
/// order. The first failure (in item order) is returned, and stops the items not yet started.
pub(crate) fn on_every_core<T: Send, R: Send>(
    items: Vec<T>,
    work: impl Fn(usize, T) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let count = items.len();
    let queue: Vec<Mutex<Option<T>>> = items.into_iter().map(|item| Mutex::new(Some(item))).collect();
    let results: Vec<Mutex<Option<Result<R>>>> = (0..count).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(count).max(1);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count || failed.load(Ordering::Relaxed) {
                    break;
                }
                let Some(item) = queue[i].lock().ok().and_then(|mut slot| slot.take()) else { break };
                let result = work(i, item);
                if result.is_err() {
                    failed.store(true, Ordering::Relaxed);
                }
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(result);
                }
            });
        }
    });
    let mut results: Vec<Option<Result<R>>> = results.into_iter().map(|r| r.into_inner().ok().flatten()).collect();
    if let Some(failure) = results.iter_mut().find(|r| matches!(r, Some(Err(_)))) {
        if let Some(Err(e)) = failure.take() {
            return Err(e);
        }
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Error::Invalid("internal error: a worker thread stopped early".into()))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_item_order_and_the_first_failure_wins() {
        let squares = on_every_core((0..100u64).collect(), |i, x| Ok((i, x * x))).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(squares, (0..100u64).map(|x| (x as usize, x * x)).collect::<Vec<_>>());
        let failed = on_every_core((0..50u64).collect(), |_, x| {
            if x % 7 == 3 {
                Err(Error::Invalid(format!("item {x}")))
            } else {
                Ok(x)
            }
        });
        assert!(matches!(failed, Err(Error::Invalid(m)) if m == "item 3"));
        assert!(on_every_core(Vec::<u8>::new(), |_, x| Ok(x)).is_ok_and(|v| v.is_empty()));
    }
}
