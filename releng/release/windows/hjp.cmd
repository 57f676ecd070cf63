@echo off
rem The HJP Workbench command line: hjp help. Output on stdout, progress and errors on stderr.
setlocal
call "%~dp0lib\find-java.cmd" || exit /b 1
set "LAUNCHER="
for /f "tokens=3 delims=," %%l in ('findstr /b /c:"org.eclipse.equinox.launcher," "%~dp0configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"') do set "LAUNCHER=%~dp0%%l"
if not defined LAUNCHER (echo This copy of the HJP Workbench is incomplete: reinstall it. & exit /b 1)
set "CONFIG=%LOCALAPPDATA%\hjp-workbench\cli-configuration"
if not exist "%CONFIG%" mkdir "%CONFIG%"
"%JAVA_EXE%" -Xmx2g -Djava.awt.headless=true -Djava.util.logging.config.file="%~dp0lib\cli-logging.properties" ^
  -Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area="%~dp0configuration" ^
  -jar "%LAUNCHER%" -configuration "%CONFIG%" -application org.hjp.workbench.cli.app -nosplash %*
exit /b %ERRORLEVEL%
