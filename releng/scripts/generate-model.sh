#!/bin/sh
# Regenerates the EMF model and edit code (bundles/io.cellwright.model*/src-gen, plugin.xml,
# plugin.properties, icons) from bundles/io.cellwright.model/model/cellwright.genmodel. Commit the result;
# every build checks that the committed code matches the model.
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh
cw_find_jdk
cw_maven_opts
./mvnw -B -ntp -q -pl releng/io.cellwright.codegen process-classes -Dcw.codegen=write
