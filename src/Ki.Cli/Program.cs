using Ki.Cli;

return KiApp.Run(args, Console.Out, Console.Error);
