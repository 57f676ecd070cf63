@echo off
rem Starts the HJP Workbench: on the partnership file given, else on the last one opened, else on the sample.
setlocal
call "%~dp0lib\find-java.cmd" || (pause & exit /b 1)
set "LAUNCHER="
for %%f in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (echo This copy of the HJP Workbench is incomplete: reinstall it. & pause & exit /b 1)
start "HJP Workbench" "%JAVAW_EXE%" -Xmx1g -jar "%LAUNCHER%" %*
