; Inno Setup 6 script: a per-user installer for the folder that packaging\dist.ps1 builds.
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\kamassess.iss   ->   dist\KAM-Assess-0.1.0-setup.exe
;
; No administrator rights: it installs into %LOCALAPPDATA%\Programs\KAM Assess and adds a Start-menu
; entry for the current user. Uninstalling removes exactly what was installed; the database, its
; backups and the cache live in %LOCALAPPDATA%\KAM Assess (and settings in the registry), which the
; program creates itself, so they stay. Written for CI; not run on the Linux development machine.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The same id in every version, so a new version installs over the old one.
AppId={{060522EC-42C4-45A8-B47B-6DA42C44C224}
AppName=KAM Assess
AppVersion={#AppVersion}
AppVerName=KAM Assess {#AppVersion}
PrivilegesRequired=lowest
; {autopf} is %LOCALAPPDATA%\Programs when installing for the current user only.
DefaultDirName={autopf}\KAM Assess
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename=KAM-Assess-{#AppVersion}-setup
SetupIconFile=packaging\icons\kamassess.ico
UninstallDisplayIcon={app}\kamassess-gui.exe
UninstallDisplayName=KAM Assess
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; The files of a build differ from version to version: replace the old program folder's content.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\kamassess\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\KAM Assess"; Filename: "{app}\kamassess-gui.exe"

[Run]
Filename: "{app}\kamassess-gui.exe"; Description: "{cm:LaunchProgram,KAM Assess}"; Flags: nowait postinstall skipifsilent
