//! Headlines beside their marks, stacked like vis-timeline's items: each mark
//! and its label go in the first row where they fit, a label is cut short
//! (the view shows the cut as an ellipsis) to make room for the next one
//! rather than leave that one unlabelled, and what fits in no row is left
//! for the axis to count. Pure: pixels in, rows and label widths out.

/// Text widths are estimated, not measured (no DOM here), from DejaVu Sans's
/// advance widths in hundredths of an em: the widest of the common sans
/// fonts, so a label rarely needs more room than it was given.
const LOWER: [u8; 26] = [61, 64, 55, 64, 62, 35, 64, 63, 28, 28, 58, 28, 97, 63, 61, 64, 64, 41, 52, 39, 63, 59, 82, 59, 59, 53];
const UPPER: [u8; 26] = [68, 69, 70, 77, 63, 58, 78, 75, 30, 30, 66, 56, 86, 75, 79, 60, 79, 70, 64, 61, 73, 68, 99, 69, 61, 69];

/// Estimated width of `text` set at `font_px`, in whole pixels (rounded up).
pub fn text_width(text: &str, font_px: u32) -> u32 {
    let hundredths: u32 = text
        .chars()
        .map(|c| match c {
            'a'..='z' => u32::from(LOWER[c as usize - 'a' as usize]),
            'A'..='Z' => u32::from(UPPER[c as usize - 'A' as usize]),
            '0'..='9' => 64,
            ' ' | '.' | ',' | ':' | ';' | '\'' | '!' => 32,
            '\u{2e80}'.. => 100, // CJK and other full-width scripts
            _ => 65,
        })
        .sum();
    (hundredths * font_px).div_ceil(100)
}

/// One mark to place with its label, in pixels from the axis's left edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelRequest {
    /// Where the mark begins.
    pub start: u32,
    /// Where the mark ends (a dot's right edge, a range's last day).
    pub mark_end: u32,
    /// Where its label would begin (after a dot; at a range's start).
    pub label_start: u32,
    /// How wide the whole label is (see [`text_width`]); 0 for no label.
    pub wanted: u32,
}

impl LabelRequest {
    /// The right edge of the mark with a label `label` pixels wide.
    fn end(self, label: u32) -> u32 {
        if label == 0 {
            self.mark_end
        } else {
            self.mark_end.max(self.label_start + label)
        }
    }
}

/// Where a mark went: its row (0 at the top) and the width its label got (0: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Row, 0 at the top.
    pub row: u32,
    /// Width given to the label, at most the width wanted; 0 for no label.
    pub label: u32,
}

impl Placement {
    /// Whether the label got less room than it wanted (the view shows an ellipsis).
    pub fn truncated(self, request: LabelRequest) -> bool {
        self.label < request.wanted
    }
}

/// The limits a stacking works within.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelRoom {
    /// Rows available.
    pub rows: u32,
    /// The axis's width: no label runs past it.
    pub width: u32,
    /// Space kept between one item and the next in a row.
    pub gap: u32,
    /// The narrowest label worth showing; a label that would get less shows none.
    pub min_label: u32,
}

/// The last item placed in a row, which a later one may cut short.
#[derive(Clone, Copy)]
struct RowTail {
    item: usize,
    /// Right edge of the row's content, before the gap.
    end: u32,
}

/// Places `requests`, sorted by `start`: each in the first row free at its
/// start, with its whole label (up to the axis's edge). When no row is free,
/// the row whose last label can be cut to make room, keeping the most of it,
/// takes it. `None` for a mark no row can take. In one row, no two items
/// (mark and label) come closer than `room.gap`.
pub fn stack_labels(requests: &[LabelRequest], room: LabelRoom) -> Vec<Option<Placement>> {
    let mut placed: Vec<Option<Placement>> = Vec::with_capacity(requests.len());
    let mut rows: Vec<RowTail> = Vec::new();
    // The label a request gets in a row of its own from its start on.
    let fit = |request: LabelRequest| {
        let label = request.wanted.min(room.width.saturating_sub(request.label_start));
        if label < room.min_label.min(request.wanted) {
            0
        } else {
            label
        }
    };
    for (index, &request) in requests.iter().enumerate() {
        let free = rows.iter().position(|tail| tail.end + room.gap <= request.start);
        let row = match free {
            Some(row) => Some(row),
            None if rows.len() < room.rows as usize => {
                rows.push(RowTail { item: usize::MAX, end: 0 });
                Some(rows.len() - 1)
            }
            None => cut_to_make_room(&rows, requests, &placed, request.start, room),
        };
        let Some(row) = row else {
            placed.push(None);
            continue;
        };
        // Cut the row's last label (when it needs it) to end a gap before this one.
        if let Some(tail) = rows.get(row).filter(|tail| tail.end + room.gap > request.start) {
            if let Some(Some(last)) = placed.get_mut(tail.item) {
                let previous = requests[tail.item];
                last.label = request.start.saturating_sub(room.gap + previous.label_start);
            }
        }
        let label = fit(request);
        rows[row] = RowTail { item: index, end: request.end(label) };
        placed.push(Some(Placement { row: row as u32, label }));
    }
    placed
}

/// The row whose last label can be cut to end `room.gap` before `start`
/// and still show at least `room.min_label`, keeping the most of it.
fn cut_to_make_room(rows: &[RowTail], requests: &[LabelRequest], placed: &[Option<Placement>], start: u32, room: LabelRoom) -> Option<usize> {
    let mut best: Option<(usize, u32)> = None;
    for (row, tail) in rows.iter().enumerate() {
        let last = requests[tail.item];
        let Some(Some(now)) = placed.get(tail.item) else { continue };
        let Some(room_left) = start.checked_sub(room.gap + last.label_start) else { continue };
        let fits = now.label > 0 && last.mark_end + room.gap <= start && room_left >= room.min_label;
        if fits && best.is_none_or(|(_, kept)| room_left > kept) {
            best = Some((row, room_left));
        }
    }
    best.map(|(row, _)| row)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOM: LabelRoom = LabelRoom { rows: 3, width: 1000, gap: 6, min_label: 40 };

    fn dot(x: u32, wanted: u32) -> LabelRequest {
        LabelRequest { start: x - 7, mark_end: x + 7, label_start: x + 10, wanted }
    }

    /// Every placed item's extent, as (row, left, right).
    fn extents(requests: &[LabelRequest], placed: &[Option<Placement>]) -> Vec<(u32, u32, u32)> {
        requests.iter().zip(placed).filter_map(|(r, p)| p.map(|p| (p.row, r.start, r.end(p.label)))).collect()
    }

    fn assert_no_overlap(requests: &[LabelRequest], placed: &[Option<Placement>], room: LabelRoom) {
        let extents = extents(requests, placed);
        for (i, a) in extents.iter().enumerate() {
            assert!(a.0 < room.rows, "row {} of {}", a.0, room.rows);
            for b in &extents[i + 1..] {
                assert!(a.0 != b.0 || a.2 + room.gap <= b.1 || b.2 + room.gap <= a.1, "{a:?} overlaps {b:?}");
            }
        }
        for (request, placement) in requests.iter().zip(placed).filter_map(|(r, p)| p.map(|p| (r, p))) {
            assert!(placement.label == 0 || request.label_start + placement.label <= room.width, "{request:?} runs off the axis");
            assert!(placement.label <= request.wanted);
        }
    }

    #[test]
    fn labels_that_fit_are_shown_whole_in_the_first_row() {
        let requests = [dot(10, 100), dot(200, 100), dot(400, 100)];
        let placed = stack_labels(&requests, ROOM);
        assert_eq!(placed, vec![Some(Placement { row: 0, label: 100 }); 3]);
    }

    #[test]
    fn a_label_in_the_way_sends_the_next_mark_to_a_new_row() {
        let requests = [dot(10, 300), dot(100, 100)];
        let placed = stack_labels(&requests, ROOM);
        assert_eq!(placed[0], Some(Placement { row: 0, label: 300 }));
        assert_eq!(placed[1], Some(Placement { row: 1, label: 100 }));
    }

    #[test]
    fn with_every_row_taken_the_longest_remaining_label_is_cut_short() {
        let requests = [dot(10, 400), dot(20, 400), dot(30, 400), dot(200, 100)];
        let placed = stack_labels(&requests, ROOM);
        // All three rows hold long labels; row 0's starts first, so cutting
        // it at 200 keeps the most of it.
        let cut = placed[0].unwrap();
        assert_eq!(cut.row, 0);
        assert_eq!(cut.label, 193 - 6 - 20);
        assert!(cut.truncated(requests[0]));
        assert_eq!(placed[3], Some(Placement { row: 0, label: 100 }));
        assert_no_overlap(&requests, &placed, ROOM);
    }

    #[test]
    fn a_mark_no_row_can_take_is_left_out() {
        let requests = [dot(10, 400), dot(12, 400), dot(14, 400), dot(30, 400)];
        let placed = stack_labels(&requests, ROOM);
        assert_eq!(placed[3], None, "cutting any label to 3 px is not worth it");
        assert_no_overlap(&requests, &placed, ROOM);
    }

    #[test]
    fn a_label_stops_at_the_axis_edge_or_is_not_shown() {
        let placed = stack_labels(&[dot(900, 300), dot(980, 300)], ROOM);
        assert_eq!(placed[0].map(|p| p.label), Some(90));
        assert_eq!(placed[1].map(|p| p.label), Some(0), "10 px left: mark only");
    }

    #[test]
    fn a_range_keeps_its_row_to_its_end_with_its_label_at_its_start() {
        let range = LabelRequest { start: 100, mark_end: 500, label_start: 102, wanted: 80 };
        let placed = stack_labels(&[range, dot(300, 50), dot(520, 50)], ROOM);
        assert_eq!(placed[0], Some(Placement { row: 0, label: 80 }));
        assert_eq!(placed[1].unwrap().row, 1, "inside the range: another row");
        assert_eq!(placed[2].unwrap().row, 0, "past its end: the same row");
    }

    #[test]
    fn no_label_ever_overlaps_another() {
        // A fixed pseudo-random crowd: many marks, long and short labels, ranges.
        let mut seed = 0x2545_f491_u32;
        let mut next = |modulo: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % modulo
        };
        for rows in [1, 3, 10] {
            let room = LabelRoom { rows, width: 1280, gap: 6, min_label: 48 };
            let mut starts: Vec<u32> = (0..400).map(|_| 8 + next(1260)).collect();
            starts.sort_unstable();
            let requests: Vec<_> = starts
                .iter()
                .map(|&x| match next(4) {
                    0 => LabelRequest { start: x, mark_end: x + next(300), label_start: x + 2, wanted: next(250) },
                    _ => dot(x, 20 + next(350)),
                })
                .collect();
            let placed = stack_labels(&requests, room);
            assert_no_overlap(&requests, &placed, room);
            assert!(placed.iter().flatten().filter(|p| p.label > 0).count() > rows as usize * 3, "labels shown in {rows} rows");
        }
    }

    #[test]
    fn widths_are_estimated_from_the_characters() {
        assert_eq!(text_width("", 12), 0);
        assert!(text_width("iiii", 12) < text_width("MMMM", 12));
        assert_eq!(text_width("SAMR fines Alibaba RMB 18.2bn", 12), 193);
        assert_eq!(text_width("中国", 12), 24);
    }
}
