# typing at run time: get_type_hints, NamedTuple, TypedDict, Generic, Protocol, cast, overload, reprs
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints,
                    overload, runtime_checkable, Iterable, Sequence, Annotated, NewType, Set, FrozenSet, Type)

print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int, str], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any])
print(Literal[1, "a", None], Literal["x"], Type[int], Set[str], FrozenSet[bytes], ClassVar[int], Final[str])
print(list[int], dict[str, int | None], int | str, type(int | str).__name__, (int | str) == Union[int, str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int))
print(get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(list[int]), get_args(int | str))
print(Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1], List[int] == List[int], List[int] == list[int])
print(Annotated[int, "meta"], get_args(Annotated[int, "meta", 5]), Annotated[int, "m"].__metadata__)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(T, K.__bound__, N.__constraints__, T.__name__, repr(TypeVar("Co", covariant=True)))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__args__, get_origin(Stack[int]) is Stack)
class IntStack(Stack[int]):
    pass
print(IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__mro__[1] is Stack)
class Pair(Generic[K, N]):
    pass
print(Pair[str, int], Pair.__parameters__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)

def func(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}
print(get_type_hints(func))
print(func.__annotations__["b"], get_type_hints(func)["b"])
class Annot:
    x: int
    y: "List[str]"
    z: ClassVar[int] = 3
print(get_type_hints(Annot), Annot.__annotations__)
class Node:
    value: int
    next: "Optional[Node]"
print(get_type_hints(Node))
def ann(x: Annotated[int, "positive"]) -> None: ...
print(get_type_hints(ann), get_type_hints(ann, include_extras=True))

class Employee(NamedTuple):
    name: str
    id: int = 3
    def badge(self) -> str:
        return f"{self.name}#{self.id}"
e = Employee("guido")
print(e, e.badge(), Employee._fields, Employee.__annotations__, Employee._field_defaults, e._replace(id=7), e._asdict())
print(isinstance(e, tuple), Employee.__mro__[1].__name__)
E2 = NamedTuple("E2", [("a", int), ("b", str)])
print(E2(1, "b"), E2.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError", e)

class Movie(TypedDict):
    title: str
    year: int
class MovieX(Movie, total=False):
    rating: float
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}), sorted(MovieX.__optional_keys__), sorted(MovieX.__required_keys__))
print(Movie(title="x", year=1), get_type_hints(MovieX), MovieX.__total__, Movie.__total__)
Alt = TypedDict("Alt", {"a-b": int, "c": str}, total=False)
print(Alt(c="x"), sorted(Alt.__optional_keys__))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError", e)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Sized2(Protocol):
    def __len__(self) -> int: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable))
try:
    isinstance(File(), Sized2)
except TypeError as e:
    print("TypeError", e)
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    x = 1
print(isinstance(WithX(), HasX), isinstance(object(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e:
    print("TypeError", e)
try:
    Closable()
except TypeError as e:
    print("TypeError", e)

print(cast(int, "not an int"), cast("List[int]", [1]), cast(List[str], 5))
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
try:
    @overload
    def lonely(x: int) -> int: ...
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError", e)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, type(UserId(5)).__name__)
print(typing.TYPE_CHECKING, Any, repr(typing.NoReturn), typing.Never if hasattr(typing, "Never") else "", typing.Self if hasattr(typing, "Self") else "")
print(typing.get_type_hints(lambda: None), typing.assert_type(5, int) if hasattr(typing, "assert_type") else "", typing.reveal_type.__name__)
print(Iterable[int], Sequence[str], typing.Mapping[str, int], typing.Generator[int, None, None])
print(typing.LiteralString if hasattr(typing, "LiteralString") else "", typing.Required[int] if hasattr(typing, "Required") else "")
try:
    typing.assert_never(1)
except AssertionError as e:
    print("AssertionError", e)
