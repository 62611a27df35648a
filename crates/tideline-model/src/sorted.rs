//! Sorted, duplicate-free small lists without the standard sorts: in the
//! wasm each of them adds kilobytes per element type, and the lists here
//! (filter values, an event's documents) hold a handful of items.

/// Inserts `item` in order unless it is already there.
pub fn insert_sorted<T: Ord>(list: &mut Vec<T>, item: T) {
    if let Err(at) = list.binary_search(&item) {
        list.insert(at, item);
    }
}

/// The distinct `items`, in order.
pub fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut list = Vec::new();
    for item in items {
        insert_sorted(&mut list, item);
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_drops_repeats() {
        let mut list = vec![2, 5];
        insert_sorted(&mut list, 3);
        insert_sorted(&mut list, 5);
        insert_sorted(&mut list, 1);
        assert_eq!(list, [1, 2, 3, 5]);
        assert_eq!(sorted_unique([4, 1, 4, 3, 1]), [1, 3, 4]);
        assert_eq!(sorted_unique(Vec::<u8>::new()), Vec::<u8>::new());
    }
}
