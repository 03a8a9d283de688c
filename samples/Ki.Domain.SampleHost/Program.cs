using Ki.Domain.SampleHost;

// `Ki.Domain.SampleHost --load-check` measures requests per second on the loopback interface and exits by itself.
if (args.Contains(LoadCheck.Switch, StringComparer.Ordinal))
{
    return await LoadCheck.RunAsync(Console.Out).ConfigureAwait(false);
}

await SampleHostApp.Create(args).RunAsync().ConfigureAwait(false);
return 0;
