#!/usr/bin/env bash
# Install Debian's chromium and chromedriver for the browser test, only when they are missing.
# Browsers cannot be downloaded by Playwright or Selenium Manager here: the distribution's packages are used.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium chromium-driver
