#!/usr/bin/env bash
# Packs Ki.Domain and Ki.Cli into artifacts/package and checks what a consumer and nuget.org see: the DLL and XML
# docs for both targets, the consumer README, icon, LICENSE and CHANGELOG; the nuspec's repository, project URL,
# licence, icon, readme, release notes and version; the symbols package's PDBs with SourceLink JSON pointing at the
# repository and deterministic /_/ paths; and a tool package for ki without the library's XML docs or PDBs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/package
rm -rf "$out"
dotnet pack src/Ki.Domain/Ki.Domain.csproj -c Release -o "$out" --nologo -v quiet -p:ContinuousIntegrationBuild=true
dotnet pack src/Ki.Cli/Ki.Cli.csproj -c Release -o "$out" --nologo -v quiet -p:ContinuousIntegrationBuild=true
pkg=$(ls "$out"/Ki.Domain.*.nupkg | head -1)
snupkg=$(ls "$out"/Ki.Domain.*.snupkg | head -1)
tool=$(ls "$out"/Ki.Cli.*.nupkg | head -1)
missing=0
fail() { echo "package check: $*" >&2; missing=1; }

# Read each listing once: with pipefail, `unzip | grep -q` fails at random when grep exits early (SIGPIPE).
listing=$(unzip -Z1 "$pkg")
for f in lib/net8.0/Ki.Domain.dll lib/net8.0/Ki.Domain.xml lib/net10.0/Ki.Domain.dll lib/net10.0/Ki.Domain.xml \
         README.md icon.png LICENSE CHANGELOG.md Ki.Domain.nuspec; do
  grep -qx "$f" <<<"$listing" || fail "$pkg lacks $f"
done
grep -q 'dotnet add package Ki.Domain' <<<"$(unzip -p "$pkg" README.md)" || fail "the package README is not the consumer README"

nuspec=$(unzip -p "$pkg" Ki.Domain.nuspec)
version=$(grep -oP '(?<=<version>)[^<]+' <<<"$nuspec")
for tag in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<icon>icon.png</icon>' \
           '<projectUrl>https://' '<repository type="git" url="https://github.com/' 'commit="' '<releaseNotes>' '<tags>' \
           '<description>' '<copyright>'; do
  grep -qF "$tag" <<<"$nuspec" || fail "nuspec lacks $tag"
done
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ ]] || fail "version '$version' is not SemVer"

# SourceLink: the PDB's JSON maps /_/ to raw files at the repository's commit; no machine path is left in it.
symbols=$(unzip -Z1 "$snupkg")
repo=$(grep -oP '(?<=<repository type="git" url=")[^"]+' <<<"$nuspec")
tmp=$(mktemp -d)
for tfm in net8.0 net10.0; do
  f=lib/$tfm/Ki.Domain.pdb
  if ! grep -qx "$f" <<<"$symbols"; then fail "$snupkg lacks $f"; continue; fi
  unzip -p "$snupkg" "$f" >"$tmp/Ki.Domain.pdb"
  sourcelink=$(grep -aoP '\{"documents":\{[^}]*\}\}' "$tmp/Ki.Domain.pdb" || true)
  if [ -z "$sourcelink" ]; then fail "$f has no SourceLink JSON"; continue; fi
  expected="${repo%.git}"; expected="${expected/github.com/raw.githubusercontent.com}"
  grep -qF "\"/_/*\":\"$expected/" <<<"$sourcelink" || fail "$f SourceLink JSON does not map /_/ to $expected: $sourcelink"
  if grep -aq "$PWD/src" "$tmp/Ki.Domain.pdb"; then fail "$f holds this machine's path $PWD (not deterministic)"; fi
  [ "$tfm" = net10.0 ] && echo "package check: SourceLink $sourcelink"
done
rm -rf "$tmp"

# The tool package: the app with its own readme and tags, no XML docs or PDBs of the library.
toolfiles=$(unzip -Z1 "$tool")
grep -q '^tools/net10.0/any/ki.dll$' <<<"$toolfiles" || fail "$tool lacks tools/net10.0/any/ki.dll"
grep -qx 'README.md' <<<"$toolfiles" || fail "$tool lacks README.md"
# [Content_Types].xml and DotnetToolSettings.xml belong to every tool package; any other .xml or .pdb is a leak.
leaked=$(grep -E '\.(xml|pdb)$' <<<"$toolfiles" | grep -vxE '\[Content_Types\]\.xml|tools/net10\.0/any/DotnetToolSettings\.xml' || true)
if [ -n "$leaked" ]; then fail "$tool holds XML docs or PDBs: $(tr '\n' ' ' <<<"$leaked")"; fi
toolspec=$(unzip -p "$tool" Ki.Cli.nuspec)
for tag in '<packageType name="DotnetTool"' '<readme>README.md</readme>' '<tags>' '<projectUrl>https://' '<repository type="git"'; do
  grep -qF "$tag" <<<"$toolspec" || fail "Ki.Cli nuspec lacks $tag"
done

if [ "$missing" = 0 ]; then
  echo "package check: $(basename "$pkg") (version $version) holds $(wc -l <<<"$listing") files; nuspec has repository, project URL, licence, icon, readme, release notes"
  echo "package check: $(basename "$tool") is a dotnet tool of $(wc -l <<<"$toolfiles") files, no XML docs or PDBs"
fi
exit "$missing"
