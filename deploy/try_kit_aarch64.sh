#!/bin/sh
# Install the Linux aarch64 kit on an emulated Debian 12 arm64 (glibc 2.36, Python 3.11) with no
# network, then use it: station --version, init (encrypted), demo, search, weekly report, the
# window offscreen. What this proves: the kit's aarch64 wheels install and run. What it does not:
# real Phytium/Kunpeng hardware, Kylin or UOS themselves (see README, "Where it runs").
#
#   sudo sh deploy/try_kit_aarch64.sh [WORKDIR]      (root, Debian/Ubuntu x86_64; ~15 min)
#
# Needs the Debian archive (debootstrap, qemu-user-static) and PyPI (the kit's wheels) once; the
# install itself runs in a network namespace without any network (unshare -n).
set -eu
ROOT_DIR="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-/var/tmp/station-aarch64}"
SYSROOT="$WORK/root"
mkdir -p "$WORK"

apt-get install -y -qq qemu-user-static binfmt-support debootstrap >/dev/null
[ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true

if [ ! -x "$SYSROOT/usr/bin/python3" ]; then
  echo "» debootstrap Debian 12 arm64 (emulated, ~10 min)"
  debootstrap --arch=arm64 --variant=minbase --include=python3,python3-venv,ca-certificates \
    bookworm "$SYSROOT" http://deb.debian.org/debian >"$WORK/debootstrap.log"
fi

echo "» the kit for Linux aarch64, Python 3.11"
rm -rf "$WORK/kit" "$SYSROOT/opt/kit"
python3 "$ROOT_DIR/bootstrap.py" kit --to "$WORK/kit" --platform linux_aarch64 --python 3.11
cp -r "$WORK/kit" "$SYSROOT/opt/kit"

cleanup() { umount "$SYSROOT/tmp" "$SYSROOT/dev" "$SYSROOT/proc" 2>/dev/null || true; }
trap cleanup EXIT
mount -t proc proc "$SYSROOT/proc"
mount --bind /dev "$SYSROOT/dev"
mount -t tmpfs tmpfs "$SYSROOT/tmp"

echo "» install with no network (the system libraries are missing: install.sh names them)"
unshare -n chroot "$SYSROOT" /bin/sh -c 'cd /opt/kit && HOME=/root sh install.sh' >"$WORK/install.log" 2>&1 || true
tail -4 "$WORK/install.log"

echo "» the system libraries install.sh named, from the distribution's archive (an IT person's"
echo "  local mirror or the installation disc)"
LIBS=$(sed -n 's/^ *sudo apt-get install -y //p' "$WORK/install.log" | head -1)
chroot "$SYSROOT" /bin/sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $LIBS >/dev/null"

echo "» use it, with no network"
cat >"$SYSROOT/tmp/use.sh" <<'EOF'
set -eu
export HOME=/root QT_QPA_PLATFORM=offscreen
rm -rf /root/.local/share/StationLedger /root/out
echo 'Demo1234' > /root/pw.txt
LOGIN="--user admin --password-file /root/pw.txt"
station --version
station init --station-code 152222-GLB --station-name 高力板派出所 --county 科右中旗 --town 高力板镇 \
  --admin admin --password-file /root/pw.txt | head -1
station $LOGIN demo --residents 300 --cases 8 --weeks 3 | tail -1
station $LOGIN residents search wang --limit 3
station $LOGIN report weekly --out /root/out
/opt/station-ledger/venv/bin/station-desk --smoke-test 2>/dev/null | tail -1
EOF
unshare -n chroot "$SYSROOT" /bin/sh /tmp/use.sh
echo "» aarch64 kit: installed and used with no network ($(uname -m) host, qemu-aarch64 emulation)"
