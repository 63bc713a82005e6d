#!/usr/bin/env bash
# Puts the XML schemas the tests validate the downloads against into node_modules/.cache/xml-schemas/, taken
# from Debian packages (downloaded, not installed): the OASIS XLIFF 2 core schema and XLIFF 1.2 strict schema from
# php-symfony-translation, and the TMX 1.4 DTD and a TBX schema from omegat. Run it after `npm ci` (which empties node_modules/).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=node_modules/.cache/xml-schemas
if [ -f "$dest/xliff-core-2.0.xsd" ] && [ -f "$dest/xliff-core-1.2-strict.xsd" ] && [ -f "$dest/omegat/tmx14.dtd" ]; then
  exit 0
fi

work=$(mktemp -d)
chmod 755 "$work" # apt downloads as its own user
trap 'rm -rf "$work"' EXIT
download() { (cd "$work" && apt-get download -qq php-symfony-translation omegat); }
download || { apt-get update -qq && download; }
dpkg-deb -x "$work"/php-symfony-translation_*.deb "$work/symfony"
dpkg-deb -x "$work"/omegat_*.deb "$work/omegat"

symfony="$work/symfony/usr/share/php/Symfony/Component/Translation/Resources/schemas"
# The XLIFF schema imports xml.xsd from this relative path.
mkdir -p "$dest/informativeCopiesOf3rdPartySchemas/w3c" "$dest/omegat"
cp "$symfony/xliff-core-2.0.xsd" "$dest/"
cp "$symfony/xml.xsd" "$dest/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"
# The 1.2 schema imports xml.xsd from the W3C's site: point it at the local copy, as xmllint runs with --nonet.
sed 's|schemaLocation="http://www.w3.org/2001/xml.xsd"|schemaLocation="informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"|' \
  "$symfony/xliff-core-1.2-strict.xsd" >"$dest/xliff-core-1.2-strict.xsd"
grep -q 'schemaLocation="informativeCopiesOf3rdPartySchemas' "$dest/xliff-core-1.2-strict.xsd"
unzip -q -o -j "$work/omegat/usr/share/omegat/OmegaT.jar" schemas/tmx14.dtd schemas/tbx.xsd schemas/xml.xsd -d "$dest/omegat"
echo "XML schemas in $dest"
