#!/usr/bin/env bash
# Packs Ki.Domain and checks that the .nupkg holds the DLL and the XML doc file for both targets, the README,
# and that the symbols package holds the PDBs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/package
rm -rf "$out"
dotnet pack src/Ki.Domain/Ki.Domain.csproj -c Release -o "$out" --nologo -v quiet
pkg=$(ls "$out"/Ki.Domain.*.nupkg | grep -v '\.snupkg$' | head -1)
snupkg=$(ls "$out"/Ki.Domain.*.snupkg | head -1)
listing=$(unzip -Z1 "$pkg")
missing=0
for f in lib/net8.0/Ki.Domain.dll lib/net8.0/Ki.Domain.xml lib/net10.0/Ki.Domain.dll lib/net10.0/Ki.Domain.xml README.md Ki.Domain.nuspec; do
  if ! grep -qx "$f" <<<"$listing"; then echo "package check: $pkg lacks $f" >&2; missing=1; fi
done
# Read the listing once: with pipefail, `unzip | grep -q` fails at random when grep exits early and unzip gets SIGPIPE.
symbols=$(unzip -Z1 "$snupkg")
for f in lib/net8.0/Ki.Domain.pdb lib/net10.0/Ki.Domain.pdb; do
  if ! grep -qx "$f" <<<"$symbols"; then echo "package check: $snupkg lacks $f" >&2; missing=1; fi
done
nuspec=$(unzip -p "$pkg" Ki.Domain.nuspec)
for tag in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<tags>'; do
  grep -qF "$tag" <<<"$nuspec" || { echo "package check: nuspec lacks $tag" >&2; missing=1; }
done
[ "$missing" = 0 ] && echo "package check: $(basename "$pkg") holds $(wc -l <<<"$listing") files, DLL and XML docs for net8.0 and net10.0"
exit "$missing"
