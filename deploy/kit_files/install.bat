@echo off
rem Station Ledger offline install/upgrade for Windows 10/11 x64.
rem Finds Python 3.10+ (or runs the python-3.*-amd64.exe placed beside this file), then kit_install.py.
chcp 65001 >nul
setlocal EnableExtensions EnableDelayedExpansion
set "KIT=%~dp0"
set "PY="
call :find_python
if not defined PY (
  set "INSTALLER="
  for %%F in ("%KIT%python-3*-amd64.exe") do set "INSTALLER=%%~fF"
  if not defined INSTALLER (
    echo No Python 3.10+ found, and no python-3.x.y-amd64.exe beside install.bat. See README.txt.
    echo 没有找到 Python 3.10+，安装包旁也没有 python-3.x.y-amd64.exe。请见 README.txt。
    pause
    exit /b 1
  )
  echo Installing Python for this user: !INSTALLER!
  "!INSTALLER!" /quiet InstallAllUsers=0 PrependPath=0 Include_launcher=1 Include_test=0 Include_doc=0
  call :find_python
)
if not defined PY (
  echo Python was not installed. Run the python installer by hand, then install.bat again.
  echo Python 没有装上：请手动运行 Python 安装程序后再运行 install.bat。
  pause
  exit /b 1
)
"%PY%" "%KIT%kit_install.py" %*
set "RC=%ERRORLEVEL%"
pause
exit /b %RC%

:find_python
for %%V in (3.13 3.12 3.11 3.10 3.14) do (
  if not defined PY (
    for /f "delims=" %%P in ('py -%%V -c "import sys; print(sys.executable)" 2^>nul') do set "PY=%%P"
  )
)
if not defined PY (
  for /d %%D in ("%LOCALAPPDATA%\Programs\Python\Python31*") do (
    if exist "%%D\python.exe" set "PY=%%D\python.exe"
  )
)
exit /b 0
