@echo off
rem Runs the workbench, and again when it asks to be restarted (exit code 23: after an update or going back).
setlocal
call "%~dp0find-java.cmd" || exit /b 1
:run
set "LAUNCHER="
for %%f in ("%~dp0..\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
"%JAVAW_EXE%" -Xmx1g -jar "%LAUNCHER%" %*
if %ERRORLEVEL%==23 goto run
