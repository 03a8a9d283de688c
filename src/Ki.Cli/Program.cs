using System.Globalization;
using Ki.Cli;

return KiApp.Run(args, Console.Out, Console.Error, CultureInfo.CurrentUICulture);
