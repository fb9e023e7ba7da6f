#!/usr/bin/env bash
# Installs the Debian packages the tests need, if any is missing:
# Fashion-MNIST's official files, Chromium for the browser checks (with a Korean font, so
# that the screenshots show Hangul rather than boxes) and Graphviz for
# model diagrams (keras.utils.plot_model).
set -euo pipefail
packages=(dataset-fashion-mnist chromium fonts-nanum graphviz)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
