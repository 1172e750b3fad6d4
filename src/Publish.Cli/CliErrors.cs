namespace Publish.Cli;

/// <summary>Turns failures into the CLI's contract: one line on standard error naming the file, and exit code 1.</summary>
internal static class CliErrors
{
    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (PublishInputException e)
        {
            Console.Error.WriteLine($"publish: error: {e.Describe()}");
            return 1;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"publish: error: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"publish: error: {e.Message}");
            return 1;
        }
    }
}
