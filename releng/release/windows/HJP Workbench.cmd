@echo off
rem Starts the HJP Workbench: on the partnership file given, else on the last one opened, else on the sample.
setlocal
call "%~dp0lib\find-java.cmd" || (pause & exit /b 1)
if not exist "%~dp0plugins" (echo This copy of the HJP Workbench is incomplete: reinstall it. & pause & exit /b 1)
start "HJP Workbench" /min cmd /c call "%~dp0lib\run-workbench.cmd" %*
