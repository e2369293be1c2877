//! The points a worker earns (the seeds' point-granting system, to encourage regular checks).
//! Points have no money value and buy nothing; they only show in the profile.

/// Points for each finished self-check.
pub const POINTS_FOR_A_CHECK: u32 = 10;
