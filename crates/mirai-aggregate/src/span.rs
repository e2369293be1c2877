//! Which cells a reader can compute exactly from released ones, by linear algebra over GF(2).
//!
//! Within one table the unknowns are the counts of the finest cells (employer × column), and
//! every released count is the sum of the finest cells over "the employers of a group × one
//! column" or "the employers of a group × every column". Both families of sets are laminar
//! (groups form a tree), and a 0/1 matrix whose rows come from two laminar families is totally
//! unimodular: every square submatrix has determinant 0 or ±1. Its rank is therefore the same
//! over the rationals and over GF(2), and so is the answer to "is this row a combination of
//! those rows", which is exactly "can the reader compute this count". GF(2) turns the audit
//! into XORs of bit sets: exact, and fast enough to repeat after every suppression.

/// A set of finest cells, as bits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bits(Vec<u64>);

impl Bits {
    pub(crate) fn new(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    pub(crate) fn set(&mut self, bit: usize) {
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    fn get(&self, bit: usize) -> bool {
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    fn xor(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a ^= b;
        }
    }

    fn lowest(&self) -> Option<usize> {
        self.0.iter().enumerate().find(|(_, w)| **w != 0).map(|(i, w)| i * 64 + w.trailing_zeros() as usize)
    }
}

/// The row space of the released sums, kept in echelon form: each basis row has a pivot bit
/// that no later row has.
#[derive(Debug, Default)]
pub(crate) struct Span {
    basis: Vec<(usize, Bits)>,
}

impl Span {
    fn reduce(&self, mut row: Bits) -> Bits {
        for (pivot, basis_row) in &self.basis {
            if row.get(*pivot) {
                row.xor(basis_row);
            }
        }
        row
    }

    /// Adds a known sum.
    pub(crate) fn insert(&mut self, row: Bits) {
        let row = self.reduce(row);
        if let Some(pivot) = row.lowest() {
            self.basis.push((pivot, row));
        }
    }

    /// Whether the sum over `row` follows from the known sums.
    pub(crate) fn contains(&self, row: Bits) -> bool {
        self.reduce(row).lowest().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(set: &[usize]) -> Bits {
        let mut b = Bits::new(130);
        for &i in set {
            b.set(i);
        }
        b
    }

    #[test]
    fn derives_differences_and_sums() {
        let mut span = Span::default();
        span.insert(bits(&[0, 1, 2]));
        span.insert(bits(&[0, 1]));
        assert!(span.contains(bits(&[2])), "a total minus a part");
        assert!(!span.contains(bits(&[0])));
        span.insert(bits(&[100, 129]));
        assert!(span.contains(bits(&[0, 1, 2, 100, 129])), "a sum of known sums");
        assert!(!span.contains(bits(&[129])));
        assert!(span.contains(bits(&[])));
    }
}
