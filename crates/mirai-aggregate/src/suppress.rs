//! Primary and secondary suppression over tables of counts.
//!
//! A *table* is one kind of count for every group: the group sizes (one column), or an item's
//! answers (one column per value plus "no answer", or for a multiple-choice value the two
//! columns "chose it" and "did not"). Groups form a tree (all segments → segment → employer), so
//! every column adds up along the tree, and when a table has row totals (the group's workers),
//! every row adds up to its total. Some columns are *hidden*: never shown, but still a
//! population a reader may be able to compute ("did not choose", "answered").
//!
//! The rules, for a table whose group totals were settled before:
//! 1. A cell is shown only if it passes the primary rules: at least `k` workers; for a
//!    cross-employer group also at least `min_employers` employers and none above the share
//!    limit; and no homogeneity flag (set by the caller for sensitive items). A group whose
//!    total is not shown shows none of its cells.
//! 2. Any cell a reader can compute exactly from what is shown ([`Span`]) is treated as shown,
//!    so it must pass the primary rules too; a group total that is not shown must not be
//!    computable either. The exception is a cross-employer cell that is the sum of its
//!    children's computable cells (a segment of one employer equals that employer): it tells
//!    nothing its children do not, and each child passed the rules of its own kind. It stays
//!    marked suppressed, since it fails the cross-employer rules as a statistic of its own.
//! 3. For every sum whose total is known, the cells a reader cannot compute, taken together,
//!    are themselves computable (total minus the rest), so together they must pass the primary
//!    rules of the total's group (at least `k`, and for a cross-employer total the employer
//!    rules). With exactly one such cell this is rule 2; with none or all there is nothing to
//!    protect.
//!
//! A violation is repaired by suppressing one more shown cell, chosen to hide as few workers as
//! possible, and the table is audited again; every round suppresses a cell, so the loop ends.

use crate::Policy;
use crate::span::{Bits, Span};

/// The tree of groups. Leaves are employers; every group's workers are those of its leaves.
#[derive(Debug)]
pub(crate) struct Groups {
    pub(crate) parent: Vec<Option<usize>>,
    pub(crate) children: Vec<Vec<usize>>,
    pub(crate) leaves: Vec<Vec<usize>>,
    pub(crate) cross: Vec<bool>,
    pub(crate) leaf_count: usize,
}

/// One table: counts per employer and column, and which cells are shown.
#[derive(Debug)]
pub(crate) struct Table {
    /// Workers per employer (leaf) and column.
    pub(crate) counts: Vec<Vec<u32>>,
    /// Per column: shown in reports, or hidden.
    pub(crate) shown: Vec<bool>,
    /// Per group and column: fails a rule beyond size (homogeneity, or a group whose total is
    /// withheld).
    pub(crate) flagged: Vec<Vec<bool>>,
    /// Per group: whether its total (workers) is shown; `None` for the sizes table itself.
    pub(crate) totals: Option<Vec<bool>>,
    /// Per group and column: shown as a number.
    pub(crate) released: Vec<Vec<bool>>,
}

/// What an audit of a table found.
struct Audit {
    /// Per group and column: shown, or computable from what is shown.
    known: Vec<Vec<bool>>,
    /// The first violation, as the shown cell to suppress next.
    repair: Option<(usize, usize)>,
}

/// Whether a population (workers per employer) may be shown.
fn passes(profile: &[u32], cross: bool, policy: &Policy) -> bool {
    let total: u64 = profile.iter().map(|&n| u64::from(n)).sum();
    if total < u64::from(policy.k) {
        return false;
    }
    if !cross {
        return true;
    }
    let employers = profile.iter().filter(|&&n| n > 0).count();
    let largest = profile.iter().copied().max().map_or(0, u64::from);
    employers >= policy.min_employers as usize && largest * 100 <= u64::from(policy.max_employer_share_percent) * total
}

impl Table {
    /// A table with every cell that passes the primary rules shown.
    pub(crate) fn new(
        groups: &Groups,
        policy: &Policy,
        counts: Vec<Vec<u32>>,
        shown: Vec<bool>,
        flagged: Vec<Vec<bool>>,
        totals: Option<Vec<bool>>,
    ) -> Table {
        let mut table = Table { counts, shown, flagged, totals, released: Vec::new() };
        table.released = (0..groups.cross.len())
            .map(|g| (0..table.columns()).map(|c| table.shown[c] && table.primary(groups, policy, g, c)).collect())
            .collect();
        table
    }

    pub(crate) fn columns(&self) -> usize {
        self.shown.len()
    }

    fn total_shown(&self, g: usize) -> bool {
        self.totals.as_ref().is_none_or(|t| t[g])
    }

    /// Workers per employer in a set of cells of one group.
    fn profile(&self, groups: &Groups, g: usize, columns: &[usize]) -> Vec<u32> {
        let mut profile = vec![0; groups.leaf_count];
        for &leaf in &groups.leaves[g] {
            profile[leaf] = columns.iter().map(|&c| self.counts[leaf][c]).sum();
        }
        profile
    }

    pub(crate) fn count(&self, groups: &Groups, g: usize, c: usize) -> u32 {
        groups.leaves[g].iter().map(|&leaf| self.counts[leaf][c]).sum()
    }

    fn primary(&self, groups: &Groups, policy: &Policy, g: usize, c: usize) -> bool {
        !self.flagged[g][c] && self.total_shown(g) && passes(&self.profile(groups, g, &[c]), groups.cross[g], policy)
    }

    fn cell_bits(&self, groups: &Groups, g: usize, columns: &[usize]) -> Bits {
        let mut bits = Bits::new(groups.leaf_count * self.columns());
        for &leaf in &groups.leaves[g] {
            for &c in columns {
                bits.set(leaf * self.columns() + c);
            }
        }
        bits
    }

    /// The shown cell among `candidates` with the fewest workers (ties: the first).
    fn smallest(
        &self,
        groups: &Groups,
        candidates: impl IntoIterator<Item = (usize, usize)>,
    ) -> Option<(usize, usize)> {
        candidates
            .into_iter()
            .filter(|&(g, c)| self.released[g][c])
            .min_by_key(|&(g, c)| (self.count(groups, g, c), g, c))
    }

    /// Any shown cell, as a last resort: unreachable in practice (a computable cell needs
    /// shown neighbours), but it keeps the loop safe.
    fn any_shown(&self, groups: &Groups) -> Option<(usize, usize)> {
        let all = (0..self.released.len()).flat_map(|g| (0..self.columns()).map(move |c| (g, c)));
        self.smallest(groups, all)
    }

    /// The shown cells that share a sum with cell (g, c): its row, its parent, its siblings
    /// and its children in the same column.
    fn neighbours(&self, groups: &Groups, g: usize, c: usize) -> Vec<(usize, usize)> {
        let mut near: Vec<(usize, usize)> = (0..self.columns()).filter(|&o| o != c).map(|o| (g, o)).collect();
        if let Some(p) = groups.parent[g] {
            near.push((p, c));
            near.extend(groups.children[p].iter().filter(|&&s| s != g).map(|&s| (s, c)));
        }
        near.extend(groups.children[g].iter().map(|&h| (h, c)));
        near
    }

    fn audit(&self, groups: &Groups, policy: &Policy) -> Audit {
        let columns: Vec<usize> = (0..self.columns()).collect();
        let group_count = groups.cross.len();
        let mut span = Span::default();
        for g in 0..group_count {
            for c in 0..self.columns() {
                if self.released[g][c] {
                    span.insert(self.cell_bits(groups, g, &[c]));
                }
            }
            if self.totals.as_ref().is_some_and(|t| t[g]) {
                span.insert(self.cell_bits(groups, g, &columns));
            }
        }
        let known: Vec<Vec<bool>> = (0..group_count)
            .map(|g| {
                (0..self.columns())
                    .map(|c| self.released[g][c] || span.contains(self.cell_bits(groups, g, &[c])))
                    .collect()
            })
            .collect();
        let repair = self.find_repair(groups, policy, &span, &known);
        Audit { known, repair }
    }

    fn find_repair(
        &self,
        groups: &Groups,
        policy: &Policy,
        span: &Span,
        known: &[Vec<bool>],
    ) -> Option<(usize, usize)> {
        let group_count = groups.cross.len();
        let fallback = || self.any_shown(groups);
        // Rule 2: a computable cell must be showable, unless it is the sum of its children
        // (a segment as the sum of its employers): then it holds nothing they do not, and
        // each of them is checked on its own.
        let sum_of_children = |g: usize, known_child: &dyn Fn(usize) -> bool| {
            groups.cross[g] && !groups.children[g].is_empty() && groups.children[g].iter().all(|&h| known_child(h))
        };
        for (g, row) in known.iter().enumerate() {
            for (c, &computable) in row.iter().enumerate() {
                if computable
                    && !self.released[g][c]
                    && !self.primary(groups, policy, g, c)
                    && !sum_of_children(g, &|h| known[h][c])
                {
                    return self.smallest(groups, self.neighbours(groups, g, c)).or_else(fallback);
                }
            }
        }
        // Rule 2 for withheld group totals.
        if let Some(totals) = &self.totals {
            let columns: Vec<usize> = (0..self.columns()).collect();
            let known_totals: Vec<bool> =
                (0..group_count).map(|g| totals[g] || span.contains(self.cell_bits(groups, g, &columns))).collect();
            for g in (0..group_count).filter(|&g| known_totals[g] && !totals[g]) {
                if !sum_of_children(g, &|h| known_totals[h]) {
                    let near = columns.iter().flat_map(|&c| self.neighbours(groups, g, c));
                    return self.smallest(groups, near).or_else(fallback);
                }
            }
        }
        // Rule 3 along rows: a shown total minus the computable cells.
        for g in (0..group_count).filter(|&g| self.totals.as_ref().is_some_and(|t| t[g])) {
            let hidden: Vec<usize> = (0..self.columns()).filter(|&c| !known[g][c]).collect();
            if !hidden.is_empty()
                && hidden.len() < self.columns()
                && !passes(&self.profile(groups, g, &hidden), groups.cross[g], policy)
            {
                return self.smallest(groups, (0..self.columns()).map(|c| (g, c))).or_else(fallback);
            }
        }
        // Rule 3 along columns: a known parent cell minus its computable children.
        for p in 0..group_count {
            let children = &groups.children[p];
            for c in (0..self.columns()).filter(|&c| known[p][c] && !children.is_empty()) {
                let hidden: Vec<usize> = children.iter().copied().filter(|&h| !known[h][c]).collect();
                if hidden.is_empty() || hidden.len() == children.len() {
                    continue;
                }
                let mut union = vec![0; groups.leaf_count];
                for &h in &hidden {
                    for (sum, n) in union.iter_mut().zip(self.profile(groups, h, &[c])) {
                        *sum += n;
                    }
                }
                if !passes(&union, groups.cross[p], policy) {
                    return self.repair_column(groups, policy, p, c, union).or_else(fallback);
                }
            }
        }
        None
    }

    /// Repairs a column sum whose hidden children are too few together: either hide more
    /// children, smallest first, until they pass (or all are hidden), or hide the parent;
    /// whichever hides fewer workers. Ties keep the parent, the wider statistic.
    fn repair_column(
        &self,
        groups: &Groups,
        policy: &Policy,
        p: usize,
        c: usize,
        mut union: Vec<u32>,
    ) -> Option<(usize, usize)> {
        let mut shown: Vec<usize> = groups.children[p].iter().copied().filter(|&h| self.released[h][c]).collect();
        shown.sort_by_key(|&h| (self.count(groups, h, c), h));
        let mut cost = 0u64;
        for &h in &shown {
            cost += u64::from(self.count(groups, h, c));
            for (sum, n) in union.iter_mut().zip(self.profile(groups, h, &[c])) {
                *sum += n;
            }
            if passes(&union, groups.cross[p], policy) {
                break;
            }
        }
        let parent_cost = u64::from(self.count(groups, p, c));
        let first_child = shown.first().map(|&h| (h, c));
        if self.released[p][c] && (first_child.is_none() || parent_cost < cost) { Some((p, c)) } else { first_child }
    }
}

/// Suppresses until no table of an item has a violation, and `extra` (a rule across the item's
/// tables) finds none either; then shows every cell a reader could compute anyway, since
/// hiding it would protect nothing.
pub(crate) fn settle(
    groups: &Groups,
    policy: &Policy,
    tables: &mut [Table],
    extra: impl Fn(&[Table], &[Vec<Vec<bool>>]) -> Option<(usize, usize, usize)>,
) {
    let rounds: usize = tables.iter().map(|t| t.released.iter().flatten().filter(|&&r| r).count()).sum();
    for _ in 0..=rounds {
        let audits: Vec<Audit> = tables.iter().map(|t| t.audit(groups, policy)).collect();
        let repair = audits
            .iter()
            .enumerate()
            .find_map(|(i, a)| a.repair.map(|(g, c)| (i, g, c)))
            .or_else(|| extra(tables, &audits.iter().map(|a| a.known.clone()).collect::<Vec<_>>()));
        match repair {
            Some((i, g, c)) => tables[i].released[g][c] = false,
            None => {
                for (table, audit) in tables.iter_mut().zip(audits) {
                    for (g, row) in audit.known.iter().enumerate() {
                        for (c, &known) in row.iter().enumerate() {
                            // A computable cell passes the primary rules once no repair is
                            // left; checking again keeps a bug from ever showing one that
                            // does not.
                            table.released[g][c] = known && table.shown[c] && table.primary(groups, policy, g, c);
                        }
                    }
                }
                return;
            }
        }
    }
    // Each round suppresses a shown cell, so this is not reached; if it were, showing nothing
    // is the safe answer.
    for table in tables {
        table.released.iter_mut().flatten().for_each(|r| *r = false);
    }
}
