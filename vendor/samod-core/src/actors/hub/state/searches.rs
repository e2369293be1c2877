use std::collections::{HashMap, HashSet};

use crate::{
    DialerId, DocSearchPhase, DocumentActorId,
    actors::hub::{
        dialer::{DialerState, DialerStatus},
        state::ActorInfo,
    },
};

pub(super) struct Searches {
    pub(super) phases: HashMap<DocumentActorId, DocSearchPhase>,
    pub(super) last_dialers: HashMap<DialerId, DialerStatus>,
    /// Mirai patch: actors added or whose search phase was set since the last pop; only these
    /// can have a new phase unless the dialers changed.
    pub(super) changed: HashSet<DocumentActorId>,
}

impl Searches {
    pub(super) fn new() -> Self {
        Self {
            phases: HashMap::new(),
            last_dialers: HashMap::new(),
            changed: HashSet::new(),
        }
    }

    /// Mirai patch: `actor`'s phase may have changed.
    pub(super) fn mark(&mut self, actor: DocumentActorId) {
        self.changed.insert(actor);
    }

    pub(super) fn add_search(&mut self, actor: DocumentActorId, phase: DocSearchPhase) {
        self.phases.insert(actor, phase);
    }

    pub(super) fn pop_state_updates(
        &mut self,
        actors: &HashMap<DocumentActorId, ActorInfo>,
        dialers: &HashMap<DialerId, DialerState>,
    ) -> HashMap<DocumentActorId, DocSearchPhase> {
        let new_dialer_state = dialers
            .iter()
            .map(|(dialer_id, state)| (*dialer_id, state.status.clone()))
            .collect::<HashMap<DialerId, DialerStatus>>();
        let dialers_changed = self.last_dialers != new_dialer_state;
        self.last_dialers = new_dialer_state;

        let mut result = HashMap::new();
        // Mirai patch: this walked every actor on every hub event; now only the changed ones,
        // or all of them when the dialers changed.
        let changed = std::mem::take(&mut self.changed);
        let candidates: Box<dyn Iterator<Item = (&DocumentActorId, &ActorInfo)>> = if dialers_changed {
            Box::new(actors.iter())
        } else {
            Box::new(changed.iter().filter_map(|id| actors.get_key_value(id)))
        };
        for (actor_id, actor) in candidates {
            let last_phase = self.phases.get(actor_id);
            if last_phase != Some(&actor.search_phase) || dialers_changed {
                result.insert(*actor_id, actor.search_phase.clone());
            }
            self.phases.insert(*actor_id, actor.search_phase.clone());
        }
        result
    }
}
