# Sourced by the scripts that run a copy of the built product with test bundles added (plugin-install-e2e.sh,
# update-e2e.sh, crash-trials.sh): hjp_product_copy FOLDER copies the product; hjp_add_test_bundles FOLDER adds the SWT
# driver and the step bundle tests/org.hjp.workbench.e2e to its config.ini; hjp_run_step runs one step of an
# end-to-end test in the copy. Needs $here (the repository) and $JAVA_HOME.
. "$here/releng/scripts/product.sh"

hjp_test_jar() { ls "$here/tests/$1/target/$1"-*.jar 2>/dev/null | grep -v -- '-sources' | head -1; }

hjp_product_copy() {
  local driver steps
  driver=$(hjp_test_jar org.hjp.workbench.tests.driver)
  steps=$(hjp_test_jar org.hjp.workbench.e2e)
  if [ ! -d "$hjp_product" ] || [ ! -f "$driver" ] || [ ! -f "$steps" ]; then
    echo "build the product and the test bundles first (./mvnw verify -DskipTests)" >&2
    return 1
  fi
  cp -r "$hjp_product" "$1"
}

# p2 rewrites config.ini when it installs, so this is done again before every start; the configurator is told to
# leave bundles it did not install alone.
hjp_add_test_bundles() {
  local config="$1/configuration/config.ini" driver steps
  driver=$(hjp_test_jar org.hjp.workbench.tests.driver)
  steps=$(hjp_test_jar org.hjp.workbench.e2e)
  grep -q 'org.hjp.workbench.e2e' "$config" ||
    sed -i "s#^osgi.bundles=.*#&,reference\\\\:file\\\\:$driver@4,reference\\\\:file\\\\:$steps@4\\\\:start#" "$config"
  grep -q '^org.eclipse.equinox.simpleconfigurator.exclusiveInstallation=' "$config" ||
    echo 'org.eclipse.equinox.simpleconfigurator.exclusiveInstallation=false' >>"$config"
}

# hjp_run_step TEST WORK STEP [JAVA OPTIONS...]: starts the product copy in WORK/product on WORK/riverbend.hjp, with
# WORK/home as the user's home, to run STEP of tests/org.hjp.workbench.e2e; fails, showing its result and log (kept
# by the caller from WORK), unless the step passed. TEST names the test in messages.
hjp_run_step() {
  local test=$1 work=$2 step=$3
  shift 3
  hjp_add_test_bundles "$work/product"
  (cd "$work/product" && timeout 300 "$JAVA_HOME/bin/java" -Xmx1g -Duser.home="$work/home" "$@" \
     -Dhjp.e2e.step="$step" -Dhjp.e2e.result="$work/$step.txt" \
     -jar "$(ls plugins/org.eclipse.equinox.launcher_*.jar | sort -V | tail -n 1)" "$work/riverbend.hjp") >"$work/$step.log" 2>&1 || true
  if ! grep -qx "PASS $step" "$work/$step.txt" 2>/dev/null; then
    cat "$work/$step.txt" >&2 2>/dev/null || echo "(the step wrote no result)" >&2
    tail -n 40 "$work/$step.log" >&2
    echo "$test: the step '$step' failed" >&2
    return 1
  fi
  grep '^ok ' "$work/$step.txt" | sed "s/^ok /$test: /" >&2
}
