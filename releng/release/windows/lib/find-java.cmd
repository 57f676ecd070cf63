@rem Sets JAVA_EXE and JAVAW_EXE to a 64-bit (x86_64) Java of version 21 or newer: the first of HJP_JAVA_HOME,
@rem JAVA_HOME and each java on PATH that is one. Says plainly where to get one, and sets ERRORLEVEL 1, when none is.
@echo off
set "JAVA_EXE="
set "JAVA_SEEN="
if defined HJP_JAVA_HOME call :try "%HJP_JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA_EXE call :try "%%j"
if not defined JAVA_EXE goto none
set "JAVAW_EXE=%JAVA_EXE:java.exe=javaw.exe%"
exit /b 0

rem Takes the Java %1 when it is version 21 or newer and 64-bit x86; notes it otherwise, for the message.
:try
if not exist "%~1" exit /b 0
set "JAVA_SPEC="
set "JAVA_ARCH="
for /f "tokens=1,2 delims==" %%a in ('call "%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version" /c:"os.arch"') do (
  echo %%a | findstr /c:"java.specification.version" >nul && set "JAVA_SPEC=%%b"
  echo %%a | findstr /c:"os.arch" >nul && set "JAVA_ARCH=%%b"
)
if not defined JAVA_SPEC exit /b 0
set "JAVA_SPEC=%JAVA_SPEC: =%"
set "JAVA_ARCH=%JAVA_ARCH: =%"
set "JAVA_MAJOR="
for /f "delims=." %%m in ("%JAVA_SPEC%") do set "JAVA_MAJOR=%%m"
set "JAVA_SEEN=%JAVA_SEEN% %~1 (version %JAVA_SPEC%, %JAVA_ARCH%);"
if %JAVA_MAJOR% LSS 21 exit /b 0
if /i not "%JAVA_ARCH%"=="amd64" exit /b 0
set "JAVA_EXE=%~1"
exit /b 0

:none
echo The HJP Workbench needs a 64-bit Java of version 21 or newer, and none was found.
if defined JAVA_SEEN echo Found, but not suitable:%JAVA_SEEN%
echo Install a Java runtime of version 21 or newer, for example Eclipse Temurin from adoptium.net: take the x64 .msi
echo installer and, in it, the option that sets JAVA_HOME. Then start the HJP Workbench again.
exit /b 1
