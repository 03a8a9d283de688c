using Ki.Domain.Tests.Globalization;

namespace Ki.Domain.Tests;

/// <summary>
/// The test assembly's entry point. The test runner never calls it; <c>dotnet Ki.Domain.Tests.dll --texts FILE</c>
/// writes the texts probe to FILE, so a test can render the same texts in a child process under other runtime
/// settings (globalization-invariant mode) and compare them.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--texts", string path])
        {
            File.WriteAllText(path, TextsProbe.Render());
            return 0;
        }

        Console.Error.WriteLine("usage: Ki.Domain.Tests --texts FILE (the tests run with dotnet test)");
        return 2;
    }
}
