using Ki.Domain.SampleHost;

// `Ki.Domain.SampleHost --load-check` measures requests per second on the loopback interface and exits by itself.
if (args.Contains(LoadCheck.Switch, StringComparer.Ordinal))
{
    return await LoadCheck.RunAsync(Console.Out).ConfigureAwait(false);
}

// `Ki.Domain.SampleHost --self-check` exercises the library as a trimmed host does and exits 0 when every check holds.
if (args.Contains(SelfCheck.Switch, StringComparer.Ordinal))
{
    return SelfCheck.Run(Console.Out);
}

await SampleHostApp.Create(args).RunAsync().ConfigureAwait(false);
return 0;
