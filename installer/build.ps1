# Builds the Windows package of Partner Contacts: the app image and an .msi in target\installer.
# Usage: powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-ImageOnly] [-NoCds] [-Version X.Y.Z]
# Needs a JDK 25 with jlink and jpackage on PATH (a linkable run-time image, JEP 493, or jmods),
# Maven, and for the .msi the WiX Toolset 3.x (candle.exe and light.exe on PATH). The same steps
# as build.sh: SQLite's native library next to the jars, a training run that makes the AOT cache
# (the desktop session is its display), and the .msi made from the image that was trained. The
# cache may move with the image (the installer lets the user choose the folder); from Java 25.0.4
# the JVM also compares the jars' modification times with the training run's, and whether Windows
# Installer keeps them is untested (a refused cache costs start-up time, nothing else). Not run
# yet: no Windows machine here.
param([switch]$ImageOnly, [switch]$NoCds, [string]$Version = $env:VERSION)
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
# JavaFX's un-classified jars are empty stand-ins for the platform's (javafx-graphics-26.0.2-win.jar).
Get-ChildItem "$out\input\javafx-*.jar" | Where-Object Name -Match '^javafx-[a-z]+-[0-9.]+\.jar$' | Remove-Item

# sqlite-jdbc's native library for Windows goes to input\native, where -Dorg.sqlite.lib.path
# (jpackage-launch.txt) points, and out of the jar with the other systems' (see build.sh).
Add-Type -AssemblyName System.IO.Compression.FileSystem
$sqliteJar = (Get-ChildItem "$out\input\sqlite-jdbc-*.jar").FullName
New-Item -ItemType Directory -Force "$out\input\native" | Out-Null
$zip = [System.IO.Compression.ZipFile]::Open($sqliteJar, 'Update')
try {
    $dll = $zip.GetEntry('org/sqlite/native/Windows/x86_64/sqlitejdbc.dll')
    if (-not $dll) { throw "$sqliteJar has no org/sqlite/native/Windows/x86_64/sqlitejdbc.dll" }
    [System.IO.Compression.ZipFileExtensions]::ExtractToFile($dll, (Join-Path (Resolve-Path "$out\input\native") 'sqlitejdbc.dll'), $true)
    @($zip.Entries | Where-Object FullName -Like 'org/sqlite/native/*') | ForEach-Object { $_.Delete() }
} finally {
    $zip.Dispose()
}

Invoke-Tool jlink @('--add-modules', $modules, '--include-locales=en,it', '--strip-debug',
                    '--no-header-files', '--no-man-pages', '--compress=zip-6', '--generate-cds-archive',
                    '--output', "$out\runtime")

$common = @('@installer/jpackage-common.txt', '@installer/jpackage-windows.txt', '--app-version', $Version)
Invoke-Tool jpackage (@('--type', 'app-image') + $common + @('@installer/jpackage-launch.txt',
                        '--input', "$out\input", '--main-jar', $mainJar, '--runtime-image', "$out\runtime",
                        '--dest', "$out\image"))
$image = "$out\image\Partner Contacts"

if (-not $NoCds) {
    # Training run: up to the contact gate and out (--smoke-test); at the exit the JVM writes the
    # cache. Then jpackage's launcher gets it from its .cfg ($APPDIR is the app folder).
    $cache = Join-Path (Resolve-Path "$image\app") 'partner-contacts.aot'
    $db = Join-Path ([System.IO.Path]::GetTempPath()) ("partner-contacts-training-" + [guid]::NewGuid() + '\training.db')
    # Without method profiles, which the client compiler alone does not use (see build.sh).
    $env:JAVA_TOOL_OPTIONS = "-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:AOTCacheOutput=$cache"
    try {
        $run = Start-Process -FilePath "$image\Partner Contacts.exe" -ArgumentList @("--db=$db", '--smoke-test') -Wait -PassThru
    } finally {
        Remove-Item Env:\JAVA_TOOL_OPTIONS
    }
    if ($run.ExitCode -ne 0 -or -not (Test-Path $cache)) { throw "the training run made no AOT cache (exit $($run.ExitCode))" }
    Add-Content -Path "$image\app\Partner Contacts.cfg" -Value 'java-options=-XX:AOTCache=$APPDIR\partner-contacts.aot'
}

if (-not $ImageOnly) {
    Invoke-Tool jpackage (@('--app-image', $image) + $common + @('@installer/jpackage-windows-msi.txt', '--dest', $out))
}
Get-ChildItem $out -Filter *.msi
