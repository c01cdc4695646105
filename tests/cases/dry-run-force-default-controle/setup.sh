# run -n writes to controle/ by default; a full run's output placed there is never replaced by a dry run.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$PORTFOLIO/controle" >/dev/null || [ $? = 1 ]
