# Builds the Windows package of Partner Contacts: the app image and an .msi in target\installer.
# Usage: powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-ImageOnly] [-Version X.Y.Z]
# Needs a JDK 17 with jlink, jpackage and jmods on PATH, Maven, and for the .msi the WiX
# Toolset 3.x (candle.exe and light.exe on PATH). The same steps as build.sh, without the
# class-data training run: an archive only works where it was made, and the installer lets
# the user choose the folder (see the README).
param([switch]$ImageOnly, [string]$Version = $env:VERSION)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$out = 'target\installer'

function Invoke-Tool([string]$tool, [string[]]$arguments) {
    & $tool @arguments
    if ($LASTEXITCODE -ne 0) { throw "$tool failed with exit code $LASTEXITCODE" }
}

$pomVersion = ([xml](Get-Content pom.xml)).project.version
if (-not $Version) { $Version = $pomVersion }
$mainJar = "partner-contacts-$pomVersion.jar"
$modules = (Get-Content installer\jlink-modules.txt | Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','

Remove-Item -Recurse -Force "$out\input", "$out\runtime", "$out\image" -ErrorAction SilentlyContinue
# Quoted: PowerShell would split an unquoted -Dname=value at its dots.
Invoke-Tool mvn @('-B', '-q', '-DskipTests', 'package', 'dependency:copy-dependencies',
                  '-DincludeScope=runtime', "-DoutputDirectory=$out\input")
Copy-Item "target\$mainJar" "$out\input\"
# JavaFX's un-classified jars are empty stand-ins for the platform's (javafx-graphics-21.0.11-win.jar).
Get-ChildItem "$out\input\javafx-*.jar" | Where-Object Name -Match '^javafx-[a-z]+-[0-9.]+\.jar$' | Remove-Item

Invoke-Tool jlink @('--add-modules', $modules, '--include-locales=en,it', '--strip-debug',
                    '--no-header-files', '--no-man-pages', '--compress=2', '--generate-cds-archive',
                    '--output', "$out\runtime")

$common = @('@installer/jpackage-common.txt', '@installer/jpackage-windows.txt',
            '--app-version', $Version, '--input', "$out\input", '--main-jar', $mainJar,
            '--runtime-image', "$out\runtime")
Invoke-Tool jpackage (@('--type', 'app-image') + $common + @('--dest', "$out\image"))
if (-not $ImageOnly) {
    Invoke-Tool jpackage ($common + @('@installer/jpackage-windows-msi.txt', '--dest', $out))
}
Get-ChildItem $out -Filter *.msi
