#!/bin/sh
# Recall of `sourcequiz draft`'s fact finder against the bundled bank (see DraftRecall's comment):
#   bench/draft-recall.sh [SEEDS_DIR]     (default ../shared/seeds)
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile >/dev/null
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/draft-recall.cp >/dev/null 2>&1
java -cp "target/classes:target/test-classes:$(cat target/draft-recall.cp)" org.sourcequiz.authoring.DraftRecall "${1:-../shared/seeds}"
