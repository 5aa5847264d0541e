"""`python -m assess`, and the `assess` command (pyproject.toml's script)."""
import gc


def main() -> None:
    gc.disable()        # before the command line and its libraries are imported: see assess.cli.group
    from .cli import main as command_line

    command_line()


if __name__ == "__main__":
    main()
