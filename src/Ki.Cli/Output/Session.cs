namespace Ki.Cli.Output;

/// <summary>
/// The language of the current <c>ki</c> call before its options are read: from <c>--lang</c> on the command line,
/// else from the user's UI culture. Flows with the call (async-local), so calls in parallel do not mix.
/// </summary>
internal static class Session
{
    private static readonly AsyncLocal<Lang?> Current = new();

    private static readonly AsyncLocal<bool> CurrentWide = new();

    /// <summary>Whether the current call asked for <c>--wide</c> tables (read by <see cref="TabularResult"/> when a verb
    /// does not pass it).</summary>
    public static bool Wide
    {
        get => CurrentWide.Value;
        set => CurrentWide.Value = value;
    }

    /// <summary>The language of the current call.</summary>
    public static Lang Lang
    {
        get => Current.Value ?? Lang.English;
        set => Current.Value = value;
    }
}
