@echo off
rem Runs the workbench, and again when it asks to be restarted (exit code 23: after an update or going back).
setlocal
call "%~dp0find-java.cmd" || exit /b 1
:run
set "LAUNCHER="
for /f "tokens=3 delims=," %%l in ('findstr /b /c:"org.eclipse.equinox.launcher," "%~dp0..\configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"') do set "LAUNCHER=%~dp0..\%%l"
if not defined LAUNCHER (echo This copy of the HJP Workbench is incomplete: reinstall it. & exit /b 1)
"%JAVAW_EXE%" -Xmx1g -jar "%LAUNCHER%" %*
if %ERRORLEVEL%==23 goto run
