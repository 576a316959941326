#!/usr/bin/env bash
# Runs examples/slurm/sweep.sbatch on a real one-node Slurm cluster on this machine and checks
# that the merged shards equal a single-machine sweep byte for byte.
#
#   npm run test:cluster          (as root, or with sudo for apt-get and the daemons)
#
# Installs Debian's slurm-wlm and munge when missing, writes a private slurm.conf for this
# host (in a temporary folder; /etc/slurm is not touched), starts munged, slurmctld and
# slurmd, submits the job array and the dependent merge job exactly as a planner would
# (examples/slurm/submit.sh), waits, compares, and stops every daemon it started, whatever
# happens. Running it again starts from nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

EXPERIMENT="$ROOT/tests/experiments/fixtures/booths.yaml"   # 6 points × 3 replications of a small station
SHARDS=3
TIMEOUT_S=300

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  echo "test-cluster: installing slurm-wlm and munge"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq slurm-wlm munge >/dev/null
fi

# A run killed outright (kill -9) leaves its daemons and folder behind: stop those daemons by
# the pids they wrote, checking each pid still names one of them, and remove the folder.
for old in /tmp/borderflow-cluster.*; do
  [ -d "$old" ] || continue
  for f in "$old/slurmd.pid" "$old/slurmctld.pid" "$old/munge/munged.pid"; do
    pid="$($SUDO cat "$f" 2>/dev/null || true)"
    if [ -n "$pid" ] && grep -qE '^(slurmd|slurmctld|munged)$' "/proc/$pid/comm" 2>/dev/null; then
      $SUDO kill "$pid" 2>/dev/null || true
      sleep 1
    fi
  done
  $SUDO rm -rf "$old"
done

WORK="$(mktemp -d /tmp/borderflow-cluster.XXXXXX)"
chmod 755 "$WORK"
PIDS=()
MUNGE_SOCKET="$WORK/munge/munge.socket"

stop_daemons() {
  local status=$?
  # Each daemon by the id it wrote, never by name: other Slurm or munge processes are left alone.
  for f in "$WORK/slurmd.pid" "$WORK/slurmctld.pid" "$WORK/munge/munged.pid"; do
    if [ -s "$f" ]; then
      pid="$(cat "$f")"
      $SUDO kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      $SUDO kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [ "$status" != "0" ]; then
    echo "test-cluster: FAILED; the logs:" >&2
    for log in "$WORK"/slurmctld.log "$WORK"/slurmd.log "$WORK"/munge/munged.log "$WORK"/run/slurm-*.out; do
      [ -f "$log" ] && { echo "---- $log" >&2; tail -n 40 "$log" >&2; }
    done
  fi
  $SUDO rm -rf "$WORK"
  exit "$status"
}
trap stop_daemons EXIT
trap 'exit 130' INT TERM

# munge authenticates Slurm's messages; a private daemon with its own socket and a fresh key.
mkdir -p "$WORK/munge"
dd if=/dev/urandom of="$WORK/munge/munge.key" bs=1024 count=1 status=none
chmod 700 "$WORK/munge"; chmod 400 "$WORK/munge/munge.key"
$SUDO munged --force --key-file="$WORK/munge/munge.key" --socket="$MUNGE_SOCKET" \
  --pid-file="$WORK/munge/munged.pid" --log-file="$WORK/munge/munged.log" --seed-file="$WORK/munge/munged.seed"

# The node as slurmd sees it (CPUs, sockets, memory), under this host's name.
HOST="$(hostname -s)"
NODE="$(slurmd -C | head -n 1 | sed "s/^NodeName=[^ ]*/NodeName=$HOST/")"
mkdir -p "$WORK/state" "$WORK/spool" "$WORK/run"
cat > "$WORK/slurm.conf" <<CONF
ClusterName=borderflow-test
SlurmctldHost=$HOST(127.0.0.1)
# Ports away from Slurm's defaults (6817/6818), so a real cluster on this machine is not disturbed.
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCKET
CredType=cred/munge
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
# No cgroups in a container: track processes through /proc and bind nothing.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
$NODE NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=test Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$WORK/slurm.conf"

$SUDO env SLURM_CONF="$SLURM_CONF" slurmctld -i
$SUDO env SLURM_CONF="$SLURM_CONF" slurmd
for _ in $(seq 1 100); do
  if sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then break; fi
  sleep 0.2
done
sinfo -h -o '%t' | grep -qE '^(idle|mix|alloc)' || { echo "test-cluster: the node did not come up: $(sinfo -h 2>&1)" >&2; exit 1; }
echo "test-cluster: one-node cluster up ($NODE)"

# The same command the nodes run, from this checkout.
npm run --silent build:cli >/dev/null
export BORDERFLOW="node $ROOT/bin/borderflow.js"

# Submit from the run folder, as a planner would (slurm-*.out files land there).
cd "$WORK/run"
START=$(date +%s)
# The merge job inherits OUT from submit.sh; the sweep array writes OUT/shard-<i>.
"$ROOT/examples/slurm/submit.sh" "$EXPERIMENT" "$WORK/run/out" "$SHARDS"
while [ -n "$(squeue -h 2>/dev/null)" ]; do
  if [ $(( $(date +%s) - START )) -gt $TIMEOUT_S ]; then echo "test-cluster: jobs still queued after ${TIMEOUT_S}s: $(squeue 2>&1)" >&2; exit 1; fi
  sleep 1
done
echo "test-cluster: jobs finished in $(( $(date +%s) - START ))s"
[ -d "$WORK/run/out/all" ] || { echo "test-cluster: the merge job wrote nothing (did a shard fail?)" >&2; exit 1; }
for i in $(seq 0 $((SHARDS - 1))); do
  [ -s "$WORK/run/out/shard-$i/runs.ndjson" ] || { echo "test-cluster: shard $i wrote no rows" >&2; exit 1; }
done

# The single-machine sweep of the same experiment, and the byte-for-byte comparison.
$BORDERFLOW sweep "$EXPERIMENT" --out "$WORK/single" --quiet
for f in runs.ndjson runs.csv summary.json summary.csv manifest.json; do
  cmp "$WORK/single/$f" "$WORK/run/out/all/$f" || { echo "test-cluster: $f differs between the cluster and one machine" >&2; exit 1; }
done
echo "test-cluster: ok — $SHARDS Slurm array tasks merged equal one machine's sweep byte for byte ($(wc -l < "$WORK/single/runs.ndjson") rows)"
