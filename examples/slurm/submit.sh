#!/usr/bin/env bash
# Submits a sharded sweep and its merge in one go:
#
#   examples/slurm/submit.sh EXPERIMENT OUT [SHARDS]
#
# e.g. examples/slurm/submit.sh examples/experiments/sentri-booths.yaml sentri-booths 8
# Prints the two job ids. Extra sbatch options (partition, account) go in SBATCH_OPTS:
#   SBATCH_OPTS="--partition=short --account=planning" examples/slurm/submit.sh …
set -euo pipefail

EXPERIMENT="${1:?usage: submit.sh EXPERIMENT OUT [SHARDS]}"
OUT="${2:?usage: submit.sh EXPERIMENT OUT [SHARDS]}"
SHARDS="${3:-4}"
HERE="$(cd "$(dirname "$0")" && pwd)"
export EXPERIMENT OUT

# shellcheck disable=SC2086
SWEEP=$(sbatch --parsable ${SBATCH_OPTS:-} --array="0-$((SHARDS - 1))" "$HERE/sweep.sbatch")
SWEEP="${SWEEP%%;*}"   # --parsable prints "id" or "id;cluster"
# shellcheck disable=SC2086
MERGE=$(sbatch --parsable ${SBATCH_OPTS:-} --dependency="afterok:$SWEEP" "$HERE/merge.sbatch")
MERGE="${MERGE%%;*}"
echo "sweep job array $SWEEP ($SHARDS shards), merge job $MERGE (starts when every shard succeeded)"
echo "results: $OUT/all"
