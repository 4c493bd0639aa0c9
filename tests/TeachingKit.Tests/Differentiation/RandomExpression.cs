using TeachingKit.Differentiation;

namespace TeachingKit.Tests.Differentiation;

/// <summary>
/// A random expression tree over the supported operations, evaluated twice: on the library's
/// <see cref="Var"/> and on the test's independent <see cref="HyperDual"/>.
/// </summary>
internal sealed class RandomExpression
{
    private enum Op { Input, Constant, Add, Sub, Mul, Div, Exp, Log, Sqrt, Sin, Cos, Tanh, Sigmoid, Softplus, PowInt, PowReal, Abs, Max, Relu, Min, PowNegativeInt, PowVar }

    private readonly Op _op;
    private readonly double _constant;
    private readonly int _input;
    private readonly RandomExpression? _left, _right;

    private RandomExpression(Op op, double constant = 0, int input = 0, RandomExpression? left = null, RandomExpression? right = null)
    {
        _op = op; _constant = constant; _input = input; _left = left; _right = right;
    }

    public static RandomExpression Generate(Random random, int dimension, int depth)
    {
        if (depth == 0 || random.NextDouble() < 0.15)
            return random.NextDouble() < 0.8
                ? new RandomExpression(Op.Input, input: random.Next(dimension))
                : new RandomExpression(Op.Constant, constant: Math.Round(random.NextDouble() * 4 - 2, 2));
        var op = (Op)random.Next((int)Op.Add, (int)Op.PowVar + 1);
        var left = Generate(random, dimension, depth - 1);
        bool binary = op is Op.Add or Op.Sub or Op.Mul or Op.Div or Op.Max or Op.Min or Op.PowVar;
        var right = binary ? Generate(random, dimension, depth - 1) : null;
        return new RandomExpression(op, constant: random.Next(2, 5), left: left, right: right);
    }

    // Arguments of log, sqrt, real and negative powers and division are kept positive: log(1 + a²), 1 + b², ….
    // Abs, Relu, Max and Min meet their kinks only on a set of measure zero, which random points miss
    // (a tie of a subexpression with itself, Max(a, a), has equal one-sided derivatives anyway).
    public Var Evaluate(Var[] x) => _op switch
    {
        Op.Input => x[_input],
        Op.Constant => _constant,
        Op.Add => _left!.Evaluate(x) + _right!.Evaluate(x),
        Op.Sub => _left!.Evaluate(x) - _right!.Evaluate(x),
        Op.Mul => _left!.Evaluate(x) * _right!.Evaluate(x),
        Op.Div => _left!.Evaluate(x) / (1 + Var.Square(_right!.Evaluate(x))),
        Op.Exp => Var.Exp(Var.Tanh(_left!.Evaluate(x))),
        Op.Log => Var.Log(1 + Var.Square(_left!.Evaluate(x))),
        Op.Sqrt => Var.Sqrt(1 + Var.Square(_left!.Evaluate(x))),
        Op.Sin => Var.Sin(_left!.Evaluate(x)),
        Op.Cos => Var.Cos(_left!.Evaluate(x)),
        Op.Tanh => Var.Tanh(_left!.Evaluate(x)),
        Op.Sigmoid => Var.Sigmoid(_left!.Evaluate(x)),
        Op.Softplus => Var.Softplus(_left!.Evaluate(x)),
        Op.PowInt => Var.Pow(Var.Tanh(_left!.Evaluate(x)), (int)_constant),
        Op.PowReal => Var.Pow(1.5 + Var.Sin(_left!.Evaluate(x)), 0.5 + _constant / 3),
        Op.Abs => Var.Abs(_left!.Evaluate(x)),
        Op.Max => Var.Max(_left!.Evaluate(x), _right!.Evaluate(x)),
        Op.Relu => Var.Relu(_left!.Evaluate(x)),
        Op.Min => Var.Min(_left!.Evaluate(x), _right!.Evaluate(x)),
        Op.PowNegativeInt => Var.Pow(1 + Var.Square(_left!.Evaluate(x)), -(int)_constant),
        _ => Var.Pow(1.5 + Var.Sin(_left!.Evaluate(x)), Var.Tanh(_right!.Evaluate(x))),
    };

    public override string ToString() => _op switch
    {
        Op.Input => $"x{_input}",
        Op.Constant => $"{_constant}",
        _ => _right is null ? $"{_op}({_left})" : $"{_op}({_left}, {_right})",
    };

    public HyperDual Evaluate(HyperDual[] x) => _op switch
    {
        Op.Input => x[_input],
        Op.Constant => _constant,
        Op.Add => _left!.Evaluate(x) + _right!.Evaluate(x),
        Op.Sub => _left!.Evaluate(x) - _right!.Evaluate(x),
        Op.Mul => _left!.Evaluate(x) * _right!.Evaluate(x),
        Op.Div => _left!.Evaluate(x) / (1.0 + _right!.Evaluate(x) * _right!.Evaluate(x)),
        Op.Exp => HyperDual.Exp(HyperDual.Tanh(_left!.Evaluate(x))),
        Op.Log => HyperDual.Log(1.0 + _left!.Evaluate(x) * _left!.Evaluate(x)),
        Op.Sqrt => HyperDual.Sqrt(1.0 + _left!.Evaluate(x) * _left!.Evaluate(x)),
        Op.Sin => HyperDual.Sin(_left!.Evaluate(x)),
        Op.Cos => HyperDual.Cos(_left!.Evaluate(x)),
        Op.Tanh => HyperDual.Tanh(_left!.Evaluate(x)),
        Op.Sigmoid => HyperDual.Sigmoid(_left!.Evaluate(x)),
        Op.Softplus => HyperDual.Softplus(_left!.Evaluate(x)),
        Op.PowInt => HyperDual.Pow(HyperDual.Tanh(_left!.Evaluate(x)), (int)_constant),
        Op.PowReal => HyperDual.Pow(1.5 + HyperDual.Sin(_left!.Evaluate(x)), 0.5 + _constant / 3),
        Op.Abs => HyperDual.Abs(_left!.Evaluate(x)),
        Op.Max => HyperDual.Max(_left!.Evaluate(x), _right!.Evaluate(x)),
        Op.Relu => HyperDual.Relu(_left!.Evaluate(x)),
        Op.Min => HyperDual.Min(_left!.Evaluate(x), _right!.Evaluate(x)),
        Op.PowNegativeInt => HyperDual.Pow(1.0 + _left!.Evaluate(x) * _left!.Evaluate(x), -(int)_constant),
        _ => HyperDual.Pow(1.5 + HyperDual.Sin(_left!.Evaluate(x)), HyperDual.Tanh(_right!.Evaluate(x))),
    };
}
