# asyncio over real sockets: loop.sock_* on a socket pair, add_reader,
# an echo server with asyncio.start_server / open_connection on
# 127.0.0.1 (port 0), several clients at once, readline/readexactly/EOF,
# and open_unix_connection over a socket pair.
import asyncio
import socket


async def sock_level():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"ping")
    print(await loop.sock_recv(b, 100))
    buf = bytearray(10)
    reader_task = asyncio.create_task(loop.sock_recv_into(a, buf))
    await asyncio.sleep(0.01)
    print(reader_task.done())
    await loop.sock_sendall(b, b"pong")
    n = await reader_task
    print(n, bytes(buf[:n]))

    got = loop.create_future()

    def on_readable():
        got.set_result(b.recv(100))
        loop.remove_reader(b.fileno())

    loop.add_reader(b.fileno(), on_readable)
    a.send(b"via add_reader")
    print(await got)
    a.close()
    b.close()


async def echo_server():
    connections = []

    async def handle(reader, writer):
        peer = writer.get_extra_info("peername")
        connections.append(peer[0])
        while True:
            line = await reader.readline()
            if not line:
                break
            writer.write(line.upper())
            await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(host, port > 0, server.is_serving())

    async def client(i):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        replies = []
        for word in ("hello", "world", str(i)):
            writer.write(word.encode() + b"\n")
            await writer.drain()
            replies.append((await reader.readline()).decode().strip())
        writer.write_eof()
        rest = await reader.read()
        writer.close()
        await writer.wait_closed()
        return replies, rest

    results = await asyncio.gather(*(client(i) for i in range(3)))
    for r in results:
        print(r)
    print(connections)
    server.close()
    await server.wait_closed()
    print(server.is_serving())


async def stream_reading():
    rsock, wsock = socket.socketpair()
    reader, writer = await asyncio.open_unix_connection(sock=rsock)
    wsock.sendall(b"line one\nline two\nexactly10!tail")
    wsock.shutdown(socket.SHUT_WR)
    print(await reader.readline())
    print(await reader.readuntil(b"\n"))
    print(await reader.readexactly(10))
    print(await reader.read(2), await reader.read())
    print(await reader.read(), reader.at_eof())
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    wsock.close()


async def main():
    await sock_level()
    await echo_server()
    await stream_reading()


asyncio.run(main())
