using System.Globalization;
using Ki.Cli;
using Ki.Cli.Output;

return KiApp.Run(args, Console.Out, Console.Error, Lang.FromSystem(CultureInfo.CurrentUICulture, Environment.GetEnvironmentVariable));
