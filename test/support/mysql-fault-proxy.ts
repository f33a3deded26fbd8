import net from 'node:net';

/**
 * Where the proxy breaks the next connection that sends a matching statement:
 * - 'before'           the statement is never sent (a failure before COMMIT when it is an INSERT);
 * - 'unsent'           likewise, for COMMIT: the server never receives it and rolls back;
 * - 'sent'             the statement reaches the server and the connection dies at once;
 * - 'answer-lost'      the server answers (COMMIT done) and the answer is dropped on the way back;
 * - 'after'            the answer reaches the client, then the connection dies.
 */
export type FaultPoint = 'before' | 'unsent' | 'sent' | 'answer-lost' | 'after';

interface Fault {
  point: FaultPoint;
  /** The statement text (COM_QUERY) the fault waits for. */
  matches: (sql: string) => boolean;
  hit: () => void;
}

/** A client's connection and the proxy's to the server. */
interface Link {
  client: net.Socket;
  upstream: net.Socket;
  kill: () => void;
  /** What happens to the server's next answer, once a fault has struck; null: it goes to the client. */
  onAnswer: ((data: Buffer) => void) | null;
}

/** Breaks `link` at the fault's point around `packet`, the statement it waited for. */
function strike(fault: Fault, packet: Buffer, link: Link): void {
  const struck = () => {
    link.kill();
    fault.hit();
  };
  switch (fault.point) {
    case 'before':
    case 'unsent':
      struck();
      return;
    case 'sent':
      link.upstream.write(packet, struck);
      return;
    case 'answer-lost':
      link.onAnswer = struck;
      link.upstream.write(packet);
      return;
    case 'after':
      link.onAnswer = (answer) => {
        link.onAnswer = () => undefined;
        link.client.write(answer, struck);
      };
      link.upstream.write(packet);
      return;
    default: {
      const unknown: never = fault.point;
      throw new Error(`unknown fault point ${String(unknown)}`);
    }
  }
}

/** MySQL's packet header: 3 bytes of payload length, 1 of sequence; COM_QUERY is command 3. */
const COM_QUERY = 0x03;

/** The complete packets at the start of `buffer`, and what is left of it. */
function packets(buffer: Buffer): { whole: Buffer[]; rest: Buffer } {
  const whole: Buffer[] = [];
  let offset = 0;
  while (buffer.length - offset >= 4) {
    const length = buffer.readUIntLE(offset, 3);
    if (buffer.length - offset < 4 + length) break;
    whole.push(buffer.subarray(offset, offset + 4 + length));
    offset += 4 + length;
  }
  return { whole, rest: buffer.subarray(offset) };
}

function statementOf(packet: Buffer): string | null {
  return packet.length > 4 && packet[4] === COM_QUERY ? packet.subarray(5).toString('utf8') : null;
}

/**
 * A TCP proxy in front of MariaDB that breaks a connection at a chosen point of the protocol,
 * the way a network or a server failure does: a real driver, a real server, a connection that
 * really dies. Armed for one statement at a time; every other byte passes untouched.
 */
export class MysqlFaultProxy {
  private readonly server: net.Server;
  private fault: Fault | null = null;
  /** While true, every connection is refused as it comes (the server is gone). */
  private down = false;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: net.Server,
  ) {
    this.server = server;
  }

  static async start(target: { host: string; port: number }): Promise<MysqlFaultProxy> {
    const proxy: { current?: MysqlFaultProxy } = {};
    const server = net.createServer((client) => proxy.current!.connect(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy.current = new MysqlFaultProxy(target, (server.address() as net.AddressInfo).port, server);
    return proxy.current;
  }

  /** Breaks the next connection that sends a statement `matches` accepts, at `point`; resolves once it has. */
  arm(point: FaultPoint, matches: (sql: string) => boolean): Promise<void> {
    return new Promise((hit) => {
      this.fault = { point, matches, hit };
    });
  }

  /** The server goes away: every connection is cut, and new ones refused, until `comeBack`. */
  goDown(): void {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  comeBack(): void {
    this.down = false;
  }

  private connect(client: net.Socket): void {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    const kill = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', kill).on('error', kill);
    upstream.on('close', kill).on('error', kill);
    const link: Link = { client, upstream, kill, onAnswer: null };
    upstream.on('data', (data: Buffer) => (link.onAnswer ? link.onAnswer(data) : client.write(data)));
    let pending: Buffer = Buffer.alloc(0);
    client.on('data', (data: Buffer) => {
      const { whole, rest } = packets(Buffer.concat([pending, data]));
      pending = rest;
      for (const packet of whole) {
        const sql = statementOf(packet);
        const fault = this.fault;
        if (!fault || sql === null || !fault.matches(sql)) {
          upstream.write(packet);
          continue;
        }
        this.fault = null;
        strike(fault, packet, link);
        return;
      }
    });
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
