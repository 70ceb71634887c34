//! The start-up state all interpreters of a process share: the built-in
//! types with their method tables, the built-in functions and exceptions,
//! and the interned names the VM knows — about 1,500 objects that every
//! interpreter would otherwise build for itself (most of `Vm::new`'s
//! time and of an idle interpreter's memory).
//!
//! A base is built once per hash seed (string hashes and dict layouts
//! depend on it) by bootstrapping an interpreter and freezing its heap
//! (`heap::FrozenHeap`). Interpreters made afterwards with that seed
//! start from it: their heaps put the base's objects at handles
//! `0..len` and their own after, so every handle a base object holds
//! means the same in every interpreter. Nothing here touches the OS.

use std::sync::{Arc, Mutex};

use hashbrown::HashTable;

use crate::object::heap::{FrozenHeap, ObjRef};
use crate::interp::limits::Limits;
use crate::object::Payload;
use crate::interp::typesys::{BuiltinTypes, Names};
use crate::interp::vm::{Vm, STATIC_NAME_CACHE};

/// One frozen start-up state, with the VM tables that point into it.
pub(crate) struct Base {
    pub hash_seed: u64,
    pub heap: Arc<FrozenHeap>,
    pub t: BuiltinTypes,
    pub n: Names,
    pub interned: HashTable<ObjRef>,
    pub static_names: Box<[(usize, usize, ObjRef); STATIC_NAME_CACHE]>,
    pub builtins: ObjRef,
    pub modules: ObjRef,
    /// The classes of `sys`'s host objects (`sysmod::make_host_classes`).
    pub host_classes: Vec<crate::interp::host::HostClass>,
}

/// Bases kept per hash seed. A process normally uses one seed; a host
/// that gives every interpreter its own still gets its bases reused
/// while it cycles through a few, and never holds more than this many.
const KEPT_SEEDS: usize = 4;

static BASES: Mutex<Vec<Arc<Base>>> = Mutex::new(Vec::new());

impl Base {
    /// The base for `hash_seed`, built now if this process has none.
    /// `None` if one cannot be made (start-up made an object that cannot
    /// be shared): the caller bootstraps privately instead.
    pub fn for_seed(hash_seed: u64) -> Option<Arc<Base>> {
        // A poisoned lock only means another thread panicked while
        // building; the list itself is always consistent.
        let mut bases = BASES.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(b) = bases.iter().find(|b| b.hash_seed == hash_seed) {
            return Some(b.clone());
        }
        let base = Arc::new(Base::build(hash_seed)?);
        if bases.len() >= KEPT_SEEDS {
            bases.remove(0);
        }
        bases.push(base.clone());
        Some(base)
    }

    fn build(hash_seed: u64) -> Option<Base> {
        let mut vm = Vm::bootstrapped(Limits::default(), hash_seed);
        // Without them every interpreter makes the classes itself.
        if crate::builtins::sysmod::make_host_classes(&mut vm).is_err() {
            vm.host = Default::default();
        }
        // Every string's hash is computed now, so no interpreter ever
        // stores one into a shared string.
        for i in 0..vm.heap.slot_count() {
            let Some(r) = vm.heap.handle_at(i) else { continue };
            if matches!(vm.heap.get(r).payload, Payload::Str(_)) {
                vm.str_hash_cached(r);
            }
        }
        // Room for the names a program interns, so an interpreter's copy
        // of the table does not regrow (rehashing ~1,000 entries) at its
        // first new name.
        let mut interned = std::mem::take(&mut vm.interned);
        let heap = &vm.heap;
        interned.reserve(512, |&r| match &heap.get(r).payload {
            Payload::Str(p) => p.cached_hash().unwrap_or(0) as u64,
            _ => 0,
        });
        // Every generator holds its own frame in the shared heap (the list
        // of parked chains is this Vm's, not the interpreters').
        vm.unpark_all();
        let heap = std::mem::replace(&mut vm.heap, crate::object::heap::Heap::new(None)).freeze()?;
        Some(Base {
            hash_seed,
            heap: Arc::new(heap),
            t: (*vm.t).clone(),
            n: (*vm.n).clone(),
            interned,
            static_names: vm.static_names.clone(),
            builtins: vm.builtins,
            modules: vm.modules,
            host_classes: vm.host.classes().to_vec(),
        })
    }
}
