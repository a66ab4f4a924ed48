//! Sorting with one compiled sort.
//!
//! Every `sort_by_key` closure is a type of its own and the standard library's stable sort is
//! large, so each call site added its own copy of it to the browser bundle. Here the sort runs
//! once, on positions through a `&dyn Fn`, and the items are then moved into that order.

use std::cmp::Ordering;

pub trait SortByKey<T> {
    /// `sort_by_key`: stable, the key computed per comparison.
    fn sort_by_key_dyn<K: Ord>(&mut self, key: impl Fn(&T) -> K);

    /// `sort`: stable, by the items' own order.
    fn sort_dyn(&mut self)
    where
        T: Ord;
}

impl<T> SortByKey<T> for [T] {
    fn sort_by_key_dyn<K: Ord>(&mut self, key: impl Fn(&T) -> K) {
        let items: &[T] = self;
        let compare: &dyn Fn(&usize, &usize) -> Ordering =
            &|&a, &b| key(&items[a]).cmp(&key(&items[b]));
        let order = sorted_positions(self.len(), compare);
        move_into_order(self, order);
    }

    fn sort_dyn(&mut self)
    where
        T: Ord,
    {
        let items: &[T] = self;
        let compare: &dyn Fn(&usize, &usize) -> Ordering = &|&a, &b| items[a].cmp(&items[b]);
        let order = sorted_positions(self.len(), compare);
        move_into_order(self, order);
    }
}

/// The one sort the bundle carries: positions `0..len` ordered by `compare`, stably.
fn sorted_positions(len: usize, compare: &dyn Fn(&usize, &usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(compare);
    order
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`, following each cycle
/// of the permutation with swaps.
fn move_into_order<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..5, 0u16..1000), 0..200)) {
            let mut ours = items.clone();
            ours.sort_by_key_dyn(|&(key, _)| key);
            let mut standard = items;
            standard.sort_by_key(|&(key, _)| key);
            proptest::prop_assert_eq!(ours, standard);
        }

        #[test]
        fn sorts_like_the_standard_sort(items in proptest::collection::vec(0u16..100, 0..200)) {
            let mut ours = items.clone();
            ours.sort_dyn();
            let mut standard = items;
            standard.sort();
            proptest::prop_assert_eq!(ours, standard);
        }
    }
}
