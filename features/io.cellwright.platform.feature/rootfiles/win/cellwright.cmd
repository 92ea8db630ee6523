@echo off
rem Cellwright launcher (Windows).
rem   cellwright               opens the workbench
rem   cellwright COMMAND ...   runs the headless command line of this install (cellwright --help)
rem Java 21 or newer: CELLWRIGHT_JAVA, else JAVA_HOME, else java on PATH.
setlocal
set "HOME_DIR=%~dp0"
set "JAVA=%CELLWRIGHT_JAVA%"
if "%JAVA%"=="" if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="" set "JAVA=java.exe"
rem The workbench runs on javaw (no console window) from the same folder as java.
for %%j in ("%JAVA%") do set "JAVAW=%%~dpjjavaw.exe"
if "%JAVA%"=="java.exe" set "JAVAW=javaw.exe"
set "LAUNCHER="
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if "%LAUNCHER%"=="" (
  echo cellwright: this install is incomplete: no plugins\org.eclipse.equinox.launcher_*.jar under %HOME_DIR%. Reinstall Cellwright. 1>&2
  exit /b 1
)
set "VMARGS=-Xms128m -Xmx2g -Dosgi.requiredJavaVersion=21 -Dguice_bytecode_gen_option=DISABLED --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=%HOME_DIR%logging.properties"
if "%~1"=="" (
  start "Cellwright" "%JAVAW%" %VMARGS% %CELLWRIGHT_VMARGS% -jar "%LAUNCHER%" -install "%HOME_DIR%." -nosplash
  exit /b 0
)
"%JAVA%" %VMARGS% -Djava.awt.headless=true %CELLWRIGHT_VMARGS% -jar "%LAUNCHER%" -install "%HOME_DIR%." -application io.cellwright.cli.headless -data @none -nosplash %*
exit /b %ERRORLEVEL%
