@rem Sets JAVA_EXE and JAVAW_EXE to a Java of version 21 or newer: HJP_JAVA_HOME, else JAVA_HOME, else the java on
@rem PATH. Says plainly where to get one, and sets ERRORLEVEL 1, when there is none.
@echo off
set "JAVA_EXE="
if defined HJP_JAVA_HOME if exist "%HJP_JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%HJP_JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA_EXE set "JAVA_EXE=%%j"
if not defined JAVA_EXE goto none
set "JAVA_SPEC="
set "JAVA_MAJOR="
for /f "tokens=2 delims==" %%v in ('call "%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JAVA_SPEC=%%v"
if not defined JAVA_SPEC goto none
set "JAVA_SPEC=%JAVA_SPEC: =%"
for /f "delims=." %%m in ("%JAVA_SPEC%") do set "JAVA_MAJOR=%%m"
if not defined JAVA_MAJOR goto none
if %JAVA_MAJOR% LSS 21 goto old
set "JAVAW_EXE=%JAVA_EXE:java.exe=javaw.exe%"
exit /b 0

:none
echo The HJP Workbench needs Java 21 or newer, and none was found.
echo Install a Java runtime of version 21 or newer, for example Eclipse Temurin from adoptium.net: take the .msi
echo installer and, in it, the option that sets JAVA_HOME. Then start the HJP Workbench again.
exit /b 1

:old
echo The HJP Workbench needs Java 21 or newer; the Java found is version %JAVA_SPEC% (%JAVA_EXE%).
echo Install a Java runtime of version 21 or newer, for example Eclipse Temurin from adoptium.net: take the .msi
echo installer and, in it, the option that sets JAVA_HOME. Then start the HJP Workbench again.
exit /b 1
