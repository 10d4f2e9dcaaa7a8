#!/bin/sh
# Start-up of a packaged desktop: runs LAUNCHER --startup-probe RUNS times under xvfb-run (software rendering) over the
# data folder of the user (demo already imported) and prints the app's own timings from JVM start to its first window
# frame and to the first frame of the workstation, plus the wall clock to the process exit.
#   jlink/measure-startup.sh /opt/monps-desktop/bin/Mon_PS 5 [-Xshare:off]
launcher=$1
runs=${2:-5}
extra=${3:-}
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  times=$(JAVA_TOOL_OPTIONS="-Dprism.order=sw $extra" xvfb-run -a "$launcher" --startup-probe 2>&1 | grep '^first-' | tr '\n' ' ')
  end=$(date +%s%N)
  echo "run $i: ${times}wall-ms $(( (end - start) / 1000000 ))"
done
