# Build KAM Assess for Windows: dist\kamassess\ (kamassess.exe for the command line,
# kamassess-gui.exe for the window) and, if Inno Setup 6 is installed, the per-user installer
# dist\KAM-Assess-<version>-setup.exe. From the top of a checkout, in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File packaging\dist.ps1
#
# -Python names the interpreter that creates .venv (default: the py launcher's 3.11);
# -NoInstaller skips Inno Setup. Written for CI (.github/workflows/windows-build.yml); not run on
# the Linux machine this project is developed on.
param(
    [string]$Python = "",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) {
    if ($Python) { Invoke-Checked "venv" { & $Python -m venv .venv } }
    else { Invoke-Checked "venv" { py -3.11 -m venv .venv } }
}
$venv = (Resolve-Path .venv\Scripts\python.exe).Path
Invoke-Checked "pip" { & $venv -m pip install --quiet --upgrade pip }
Invoke-Checked "pip" { & $venv -m pip install --quiet -e ".[dist]" }
Invoke-Checked "PyInstaller" {
    & $venv -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
        packaging\kamassess.spec
}

# The console program answers on the console; the folder carries its framework.
$out = & dist\kamassess\kamassess.exe validate
if ($LASTEXITCODE -ne 0 -or "$out" -notmatch "valid: framework") { throw "validate: $out" }
$size = (Get-ChildItem dist\kamassess -Recurse -File | Measure-Object Length -Sum).Sum
Write-Host ("dist\kamassess: {0:N0} MB" -f ($size / 1MB))

if ($NoInstaller) { return }
$iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
if ($iscc) { $iscc = $iscc.Source }
else { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) {
    Write-Host "Inno Setup 6 not found: no installer (https://jrsoftware.org/isdl.php)"
    return
}
$version = & $venv -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
Invoke-Checked "Inno Setup" { & $iscc /Q "/DAppVersion=$version" packaging\kamassess.iss }
Get-ChildItem dist\KAM-Assess-*-setup.exe | ForEach-Object { Write-Host "installer: $_" }
