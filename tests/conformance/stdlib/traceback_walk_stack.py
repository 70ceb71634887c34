# walk_stack(None) read by StackSummary.extract starts at extract's caller,
# at the line of that call, as in CPython 3.11; the same frame compares
# equal in two walks; value/tb defaults show as <implicit>.
import inspect
import traceback


def some_inner():
    return traceback.StackSummary.extract(
        traceback.walk_stack(None), limit=1)


s = some_inner()
print([(f.name, f.lineno - some_inner.__code__.co_firstlineno) for f in s])


class Custom(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        return f"{frame_summary.name}:{frame_summary.lineno - outer.__code__.co_firstlineno}"


def outer():
    return Custom.extract(traceback.walk_stack(None), limit=2)


def caller_of_outer():
    return outer()


print(caller_of_outer().format())


def deeper():
    return list(traceback.walk_stack(None))


def compare():
    s1 = list(traceback.walk_stack(None))
    s2 = deeper()
    return len(s2) - len(s1), s2[1:] == s1


def level1():
    return level2()


def level2():
    return level3()


def level3():
    return compare()


print(level1())
print(inspect.signature(traceback.print_exception))
print(inspect.signature(traceback.format_exception_only))
